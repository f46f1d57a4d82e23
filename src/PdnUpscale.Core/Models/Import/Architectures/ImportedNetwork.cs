// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models.Onnx.Proto;

namespace PdnUpscale.Core.Models.Import.Architectures;

/// <summary>A network rebuilt as ONNX from its weights.</summary>
/// <param name="Model">The ONNX model, without metadata; input <c>[1, 3, H, W]</c> RGB in [0, 1].</param>
/// <param name="Geometry">The spatial contract, derived from the architecture.</param>
/// <param name="Description">What was recognised, e.g. <c>ESRGAN (old layout), 4×, 64 features, 2 blocks</c>.</param>
internal sealed record ImportedNetwork(ModelProto Model, ModelGeometry Geometry, string Description);
