// tf.keras' ResNet50 (keras_applications/resnet_common.py, ResNet50: stack1 of block1, preact=False,
// use_bias=True) with include_top=False and pooling='avg', layer for layer and under Keras' layer names.
// Unlike torchvision's "v1.5" ResNet it puts a block's stride on its first 1x1 convolution, gives every
// convolution a bias, and pads as its code says: ZeroPadding2D(3) before conv1, ZeroPadding2D(1) before pool1.
#include "models/backbones.h"
#include "models/kerasgraph.h"

#include <string>

namespace mw::core {
namespace {

constexpr double kEpsilon = 1.001e-5;

class KerasResNet50 : public KerasGraph {
public:
    KerasResNet50() : KerasGraph("resnet50_keras", 32, 32) // Keras' min_size: 32
    {
        Node x = zeroPadding2d(kInput, "conv1_pad", 3);
        x = conv2d(x, "conv1_conv", {.filters = 64, .kernel = {7, 7}, .strides = 2});
        x = batchNormalization(x, "conv1_bn", kEpsilon);
        x = relu(x, "conv1_relu");
        x = zeroPadding2d(x, "pool1_pad", 1);
        x = maxPooling2d(x, "pool1_pool", 3, 2);

        x = stack1(x, 64, 3, 1, "conv2");
        x = stack1(x, 128, 4, 2, "conv3");
        x = stack1(x, 256, 6, 2, "conv4");
        x = stack1(x, 512, 3, 2, "conv5");

        globalAveragePooling2d(x, "avg_pool");
    }

private:
    Node block1(Node x, int filters, int stride, bool convShortcut, const std::string &name)
    {
        Node shortcut = x;
        if (convShortcut) {
            shortcut = conv2d(x, name + "_0_conv", {.filters = 4 * filters, .kernel = {1, 1}, .strides = stride});
            shortcut = batchNormalization(shortcut, name + "_0_bn", kEpsilon);
        }
        x = conv2d(x, name + "_1_conv", {.filters = filters, .kernel = {1, 1}, .strides = stride});
        x = batchNormalization(x, name + "_1_bn", kEpsilon);
        x = relu(x, name + "_1_relu");

        x = conv2d(x, name + "_2_conv", {.filters = filters, .kernel = {3, 3}, .padding = Padding::Same});
        x = batchNormalization(x, name + "_2_bn", kEpsilon);
        x = relu(x, name + "_2_relu");

        x = conv2d(x, name + "_3_conv", {.filters = 4 * filters, .kernel = {1, 1}});
        x = batchNormalization(x, name + "_3_bn", kEpsilon);

        x = add({shortcut, x}, name + "_add");
        return relu(x, name + "_out");
    }

    Node stack1(Node x, int filters, int blocks, int stride1, const std::string &name)
    {
        x = block1(x, filters, stride1, true, name + "_block1");
        for (int i = 2; i <= blocks; ++i)
            x = block1(x, filters, 1, false, name + "_block" + std::to_string(i));
        return x;
    }
};

} // namespace

BackbonePtr makeResNet50Keras() { return std::make_shared<KerasResNet50>(); }

} // namespace mw::core
