#pragma once

// Engine-internal: the torchvision-exact backbones (LibTorch modules). Each is built with torchvision's own
// initialization; pretrained weights come from a state dict loaded afterwards (models/weights.h).
#include "models/backbone.h"

namespace mw::core {

BackbonePtr makeResNet18();     // torchvision resnet18: 512 features
BackbonePtr makeResNet50();     // torchvision resnet50: 2048 features
BackbonePtr makeVgg16();        // torchvision vgg16 (no BatchNorm): 512 features, global average pooled
BackbonePtr makeMobileNetV2();  // torchvision mobilenet_v2: 1280 features
BackbonePtr makeMobileNetV1();  // Keras' MobileNet (alpha 1), named as documented in mobilenet.cpp: 1024 features
BackbonePtr makeInceptionV3();  // torchvision inception_v3 without AuxLogits, transform_input off: 2048 features

// The Keras-layout backbones: keras_applications' models (include_top=False, pooling='avg') under Keras' layer
// names, for Keras .h5 weights (models/kerasgraph.h).
BackbonePtr makeResNet50Keras();    // resnet_common.ResNet50: 2048 features
BackbonePtr makeInceptionV3Keras(); // inception_v3.InceptionV3: 2048 features
BackbonePtr makeVgg16Keras();       // vgg16.VGG16: 512 features

// For the implementations: throws UsageError naming the model unless x is [B, 3, H, W] with H, W >= minimum,
// so a too-small digit is a clear message rather than a failure deep inside a convolution.
void checkBackboneInput(const torch::Tensor &x, const char *model, int minimum);

} // namespace mw::core
