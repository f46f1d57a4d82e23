// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Pipeline;

/// <summary>How the alpha channel is enlarged; colour always goes through the model.</summary>
public enum AlphaMode
{
    /// <summary>Alpha goes through the model as a grey image (sharp edges; a second inference pass).</summary>
    Model,

    /// <summary>Alpha is enlarged with the high-quality resampler (fast).</summary>
    Fast,
}
