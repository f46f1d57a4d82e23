// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Content;

/// <summary>What a picture shows, as far as choosing a preset goes.</summary>
public enum ContentKind
{
    /// <summary>A photograph or anything with natural texture and noise: the photo preset.</summary>
    Photo,

    /// <summary>Drawings, logos, flat-colour graphics: the art preset.</summary>
    Art,

    /// <summary>Documents, scans, and screenshots whose text matters: the text preset.</summary>
    Text,
}
