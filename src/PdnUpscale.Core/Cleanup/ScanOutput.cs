// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Cleanup;

/// <summary>The colours a cleaned-up scan is written in.</summary>
public enum ScanOutput
{
    /// <summary>Keep colour (background still flattened to white).</summary>
    Color,

    /// <summary>Grey levels only.</summary>
    Grayscale,

    /// <summary>Pure black and white (Otsu threshold on the enlarged result, so edges stay smooth at the new size).</summary>
    BlackAndWhite,
}
