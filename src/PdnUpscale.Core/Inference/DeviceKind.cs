// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Inference;

/// <summary>Where inference runs.</summary>
public enum DeviceKind
{
    /// <summary>DirectML where ONNX Runtime offers it, otherwise the CPU.</summary>
    Auto,

    /// <summary>The CPU execution provider.</summary>
    Cpu,

    /// <summary>DirectML; falls back to the CPU with one warning where ONNX Runtime does not offer it.</summary>
    DirectML,
}
