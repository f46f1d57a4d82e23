// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Errors;

/// <summary>What went wrong, as far as the user can act on it.</summary>
public enum UpscaleErrorKind
{
    /// <summary>
    /// Bad input: an image file is missing, unreadable, truncated, not an image or too large; the requested size
    /// is out of range; or the arguments would lose data (an output replacing an input).
    /// </summary>
    InvalidInput,

    /// <summary>The model is missing, corrupt, of an unexpected shape, or failed to run.</summary>
    Model,
}
