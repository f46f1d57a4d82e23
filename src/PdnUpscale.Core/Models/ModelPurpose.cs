// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Models;

/// <summary>What kind of picture a model was trained for.</summary>
public enum ModelPurpose
{
    /// <summary>Photographs and other natural images.</summary>
    Photo,

    /// <summary>Drawings, anime, illustrations, logos and other graphics with flat colours and lines.</summary>
    Art,

    /// <summary>Printed text, documents and scans.</summary>
    TextScan,
}
