#pragma once

// Engine-internal: the Keras-layout backbones' common part. A KerasGraph is a Keras functional model written as
// keras_applications writes it, one call per Keras layer, so each model reads line by line against its Keras code.
#include "models/backbone.h"

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace mw::core {

// Keras' BatchNormalization momentum 0.99 weighs the old moving average; LibTorch's momentum weighs the new batch.
inline constexpr double kKerasBatchNormMomentum = 0.01;

// Layers with weights are top-level modules under their Keras names (conv1_conv.weight, conv1_bn.running_mean),
// Conv2D kernels in LibTorch's OIHW. features() runs the layers in creation order, a topological order of the graph.
class KerasGraph : public Backbone {
public:
    torch::Tensor features(const torch::Tensor &x) override;
    int featureWidth() const override { return m_width; }
    int defaultInputSize() const override { return m_defaultSize; }
    int minimumInputSize() const override { return m_minimumSize; }
    // Keras' model.layers without its InputLayer: ordered by depth (longest path to the output, deepest first),
    // ties in the order of Keras' depth-first walk back from the output. That is what `model.layers[:K]` counts in
    // the Keras tutorials; it interleaves parallel branches, so it differs from creation order where they fork.
    std::vector<std::string> layers() const override { return m_modelLayers; }
    // Layers with weights, in creation order; each is its own module path.
    std::vector<std::pair<std::string, std::string>> kerasLayers() const override;

protected:
    using Node = int;               // a layer's output
    static constexpr Node kInput = 0; // the InputLayer's
    enum class Padding { Valid, Same }; // Keras' padding; "same" as TensorFlow computes it

    // Conv2D's arguments, as named in Keras.
    struct Conv {
        int filters;
        std::pair<int, int> kernel;
        int strides = 1;
        Padding padding = Padding::Valid;
        bool useBias = true;
        bool relu = false; // activation='relu'
    };

    KerasGraph(const char *model, int defaultSize, int minimumSize);

    Node conv2d(Node x, const std::string &name, const Conv &conv);
    // scale=false: no gamma (Keras' InceptionV3), so the state has bias, running_mean, running_var and no weight.
    Node batchNormalization(Node x, const std::string &name, double epsilon, bool scale = true);
    Node relu(Node x, const std::string &name); // Activation('relu')
    Node zeroPadding2d(Node x, const std::string &name, int padding);
    Node maxPooling2d(Node x, const std::string &name, int pool, int strides, Padding padding = Padding::Valid);
    Node averagePooling2d(Node x, const std::string &name, int pool, int strides, Padding padding = Padding::Valid);
    Node add(const std::vector<Node> &inputs, const std::string &name);
    Node concatenate(const std::vector<Node> &inputs, const std::string &name);
    // GlobalAveragePooling2D, the model's output (pooling='avg'); the last call, it completes the graph.
    void globalAveragePooling2d(Node x, const std::string &name);

    // Standalone Keras 2's name for a layer its code leaves unnamed: `prefix`_N, N counting from 1 per prefix.
    std::string autoName(const std::string &prefix);

private:
    // inPlace: this layer is the only reader of its one input, which it may overwrite.
    using Call = std::function<torch::Tensor(std::vector<torch::Tensor> &inputs, bool inPlace)>;
    struct Layer {
        Layer(std::string name_, std::vector<Node> inputs_, int channels_, bool hasWeights_ = false)
            : name(std::move(name_)), inputs(std::move(inputs_)), channels(channels_), hasWeights(hasWeights_)
        {
        }
        std::string name;
        std::vector<Node> inputs;
        int channels = 0; // of the output
        bool hasWeights = false;
        Call call;
        int lastReader = 0; // the last layer that reads this output
        bool inPlace = false;
    };

    Node append(Layer layer);
    int channels(Node x) const { return m_graph.at(std::size_t(x)).channels; }

    const char *m_model;
    int m_defaultSize, m_minimumSize;
    int m_width = 0;
    std::vector<Layer> m_graph; // creation order; m_graph[0] is the input
    std::vector<std::pair<std::string, int>> m_counters;
    std::vector<std::string> m_modelLayers;
};

} // namespace mw::core
