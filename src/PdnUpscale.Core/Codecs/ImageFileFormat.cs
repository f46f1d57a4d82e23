// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Codecs;

/// <summary>The output file formats.</summary>
public enum ImageFileFormat
{
    /// <summary>PNG: lossless, alpha, ICC and text chunks.</summary>
    Png,

    /// <summary>JPEG: lossy, no alpha (transparent pixels are composited onto white), ICC.</summary>
    Jpeg,

    /// <summary>WebP: lossy (or lossless at quality 100), alpha.</summary>
    Webp,
}
