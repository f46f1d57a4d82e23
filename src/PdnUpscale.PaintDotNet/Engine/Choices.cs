// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.PaintDotNet.Engine;

/// <summary>The answer to "What are you upscaling?": picks the preset (model, fidelity, detail, clean-up).</summary>
public enum ContentKind
{
    /// <summary>PdnUpscale decides from the picture and says what it chose (the default).</summary>
    Automatic,

    /// <summary>Photographs and other natural images.</summary>
    Photo,

    /// <summary>Drawings, anime, logos, pixel-clean graphics.</summary>
    ArtAndGraphics,

    /// <summary>Printed text, documents, scans.</summary>
    TextAndScans,
}

/// <summary>How the output size is given.</summary>
public enum ScaleMode
{
    /// <summary>Twice the width and height.</summary>
    Times2,

    /// <summary>Three times the width and height.</summary>
    Times3,

    /// <summary>Four times the width and height.</summary>
    Times4,

    /// <summary>A custom percentage (e.g. 250 %).</summary>
    Percent,

    /// <summary>An exact width; the height keeps the aspect ratio (new image only).</summary>
    TargetWidth,

    /// <summary>An exact height; the width keeps the aspect ratio (new image only).</summary>
    TargetHeight,
}

/// <summary>Where the enlarged picture goes.</summary>
public enum OutputWorkflow
{
    /// <summary>The layer was enlarged with Canvas Size (anchor top-left); the result fills it.</summary>
    EnlargedCanvas,

    /// <summary>The result goes to the clipboard (and optionally a PNG); the layer is unchanged.</summary>
    NewImage,
}

/// <summary>Where inference runs, as offered in the dialog.</summary>
public enum DeviceChoice
{
    /// <summary>The GPU through DirectML when it works, otherwise the CPU.</summary>
    Auto,

    /// <summary>The GPU through DirectML (falls back to the CPU, saying so).</summary>
    Gpu,

    /// <summary>The CPU only.</summary>
    Cpu,
}

/// <summary>The denoise strength, for model families that come in several levels.</summary>
public enum DenoiseChoice
{
    /// <summary>Whatever the chosen model does.</summary>
    ModelDefault,

    /// <summary>Conservative (Real-CUGAN's level −1).</summary>
    Conservative,

    /// <summary>No denoising (level 0).</summary>
    None,

    /// <summary>Light (level 1).</summary>
    Low,

    /// <summary>Medium (level 2).</summary>
    Medium,

    /// <summary>Strong (level 3).</summary>
    High,
}
