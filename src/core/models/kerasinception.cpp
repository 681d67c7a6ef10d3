// tf.keras' InceptionV3 (keras_applications/inception_v3.py) with include_top=False and pooling='avg', written
// as its code is, branch by branch. Its conv2d_bn layers are unnamed, so they carry standalone Keras 2's automatic
// names in creation order: conv2d_1 ... conv2d_94, batch_normalization_1 ... _94 (scale=False: no gamma),
// activation_1 ... _94. Differs from torchvision's Inception3 in its BatchNorm (no gamma) and its "same" average
// pooling (TensorFlow's: the mean over the window's pixels inside the input, where torchvision counts the padding).
#include "models/backbones.h"
#include "models/kerasgraph.h"

#include <string>

namespace mw::core {
namespace {

constexpr double kEpsilon = 1e-3; // BatchNormalization's default

class KerasInceptionV3 : public KerasGraph {
public:
    // Keras' min_size: 75 reaches mixed8's "valid" 3x3 stride-2 convolutions at 3x3.
    KerasInceptionV3() : KerasGraph("inception_v3_keras", 75, 75)
    {
        Node x = conv2dBn(kInput, 32, 3, 3, Padding::Valid, 2);
        x = conv2dBn(x, 32, 3, 3, Padding::Valid);
        x = conv2dBn(x, 64, 3, 3);
        x = maxPooling2d(x, autoName("max_pooling2d"), 3, 2);

        x = conv2dBn(x, 80, 1, 1, Padding::Valid);
        x = conv2dBn(x, 192, 3, 3, Padding::Valid);
        x = maxPooling2d(x, autoName("max_pooling2d"), 3, 2);

        // mixed 0, 1, 2: 35 x 35 x 256, 288, 288
        for (int i = 0; i < 3; ++i) {
            const Node branch1x1 = conv2dBn(x, 64, 1, 1);

            Node branch5x5 = conv2dBn(x, 48, 1, 1);
            branch5x5 = conv2dBn(branch5x5, 64, 5, 5);

            Node branch3x3dbl = conv2dBn(x, 64, 1, 1);
            branch3x3dbl = conv2dBn(branch3x3dbl, 96, 3, 3);
            branch3x3dbl = conv2dBn(branch3x3dbl, 96, 3, 3);

            Node branchPool = averagePooling2d(x, autoName("average_pooling2d"), 3, 1, Padding::Same);
            branchPool = conv2dBn(branchPool, i == 0 ? 32 : 64, 1, 1);
            x = concatenate({branch1x1, branch5x5, branch3x3dbl, branchPool}, "mixed" + std::to_string(i));
        }

        // mixed 3: 17 x 17 x 768
        {
            const Node branch3x3 = conv2dBn(x, 384, 3, 3, Padding::Valid, 2);

            Node branch3x3dbl = conv2dBn(x, 64, 1, 1);
            branch3x3dbl = conv2dBn(branch3x3dbl, 96, 3, 3);
            branch3x3dbl = conv2dBn(branch3x3dbl, 96, 3, 3, Padding::Valid, 2);

            const Node branchPool = maxPooling2d(x, autoName("max_pooling2d"), 3, 2);
            x = concatenate({branch3x3, branch3x3dbl, branchPool}, "mixed3");
        }

        // mixed 4, 5, 6, 7: 17 x 17 x 768, the 7x7 branches 128, 160, 160, 192 wide
        const int widths[] = {128, 160, 160, 192};
        for (int i = 0; i < 4; ++i) {
            const int c = widths[i];
            const Node branch1x1 = conv2dBn(x, 192, 1, 1);

            Node branch7x7 = conv2dBn(x, c, 1, 1);
            branch7x7 = conv2dBn(branch7x7, c, 1, 7);
            branch7x7 = conv2dBn(branch7x7, 192, 7, 1);

            Node branch7x7dbl = conv2dBn(x, c, 1, 1);
            branch7x7dbl = conv2dBn(branch7x7dbl, c, 7, 1);
            branch7x7dbl = conv2dBn(branch7x7dbl, c, 1, 7);
            branch7x7dbl = conv2dBn(branch7x7dbl, c, 7, 1);
            branch7x7dbl = conv2dBn(branch7x7dbl, 192, 1, 7);

            Node branchPool = averagePooling2d(x, autoName("average_pooling2d"), 3, 1, Padding::Same);
            branchPool = conv2dBn(branchPool, 192, 1, 1);
            x = concatenate({branch1x1, branch7x7, branch7x7dbl, branchPool}, "mixed" + std::to_string(4 + i));
        }

        // mixed 8: 8 x 8 x 1280
        {
            Node branch3x3 = conv2dBn(x, 192, 1, 1);
            branch3x3 = conv2dBn(branch3x3, 320, 3, 3, Padding::Valid, 2);

            Node branch7x7x3 = conv2dBn(x, 192, 1, 1);
            branch7x7x3 = conv2dBn(branch7x7x3, 192, 1, 7);
            branch7x7x3 = conv2dBn(branch7x7x3, 192, 7, 1);
            branch7x7x3 = conv2dBn(branch7x7x3, 192, 3, 3, Padding::Valid, 2);

            const Node branchPool = maxPooling2d(x, autoName("max_pooling2d"), 3, 2);
            x = concatenate({branch3x3, branch7x7x3, branchPool}, "mixed8");
        }

        // mixed 9, 10: 8 x 8 x 2048
        for (int i = 0; i < 2; ++i) {
            const Node branch1x1 = conv2dBn(x, 320, 1, 1);

            Node branch3x3 = conv2dBn(x, 384, 1, 1);
            const Node branch3x3_1 = conv2dBn(branch3x3, 384, 1, 3);
            const Node branch3x3_2 = conv2dBn(branch3x3, 384, 3, 1);
            branch3x3 = concatenate({branch3x3_1, branch3x3_2}, "mixed9_" + std::to_string(i));

            Node branch3x3dbl = conv2dBn(x, 448, 1, 1);
            branch3x3dbl = conv2dBn(branch3x3dbl, 384, 3, 3);
            const Node branch3x3dbl_1 = conv2dBn(branch3x3dbl, 384, 1, 3);
            const Node branch3x3dbl_2 = conv2dBn(branch3x3dbl, 384, 3, 1);
            branch3x3dbl = concatenate({branch3x3dbl_1, branch3x3dbl_2}, autoName("concatenate"));

            Node branchPool = averagePooling2d(x, autoName("average_pooling2d"), 3, 1, Padding::Same);
            branchPool = conv2dBn(branchPool, 192, 1, 1);
            x = concatenate({branch1x1, branch3x3, branch3x3dbl, branchPool}, "mixed" + std::to_string(9 + i));
        }

        globalAveragePooling2d(x, autoName("global_average_pooling2d"));
    }

private:
    // inception_v3.py's conv2d_bn: Conv2D without bias, BatchNormalization(scale=False), Activation('relu').
    Node conv2dBn(Node x, int filters, int rows, int cols, Padding padding = Padding::Same, int strides = 1)
    {
        x = conv2d(x, autoName("conv2d"),
                   {.filters = filters, .kernel = {rows, cols}, .strides = strides, .padding = padding,
                    .useBias = false});
        x = batchNormalization(x, autoName("batch_normalization"), kEpsilon, /*scale=*/false);
        return relu(x, autoName("activation"));
    }
};

} // namespace

BackbonePtr makeInceptionV3Keras() { return std::make_shared<KerasInceptionV3>(); }

} // namespace mw::core
