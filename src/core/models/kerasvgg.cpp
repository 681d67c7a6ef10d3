// tf.keras' VGG16 (keras_applications/vgg16.py) with include_top=False and pooling='avg', under Keras' layer
// names: the same convolutions as torchvision's VGG16, named block1_conv1 ... block5_conv3, with Keras' layers.
#include "models/backbones.h"
#include "models/kerasgraph.h"

#include <string>

namespace mw::core {
namespace {

class KerasVgg16 : public KerasGraph {
public:
    // Five 2x2 pools: Keras' minimum is 32.
    KerasVgg16() : KerasGraph("vgg16_keras", 32, 32)
    {
        struct Block {
            int filters, convolutions;
        };
        const Block blocks[] = {{64, 2}, {128, 2}, {256, 3}, {512, 3}, {512, 3}};
        Node x = kInput;
        for (int b = 0; b < 5; ++b) {
            const std::string block = "block" + std::to_string(b + 1);
            for (int c = 1; c <= blocks[b].convolutions; ++c)
                x = conv2d(x, block + "_conv" + std::to_string(c),
                           {.filters = blocks[b].filters, .kernel = {3, 3}, .padding = Padding::Same, .relu = true});
            x = maxPooling2d(x, block + "_pool", 2, 2);
        }
        globalAveragePooling2d(x, autoName("global_average_pooling2d"));
    }
};

} // namespace

BackbonePtr makeVgg16Keras() { return std::make_shared<KerasVgg16>(); }

} // namespace mw::core
