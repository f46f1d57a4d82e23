// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Fidelity;

/// <summary>How the input is assumed to have been made from a larger original: the model of the camera or resizer.</summary>
public enum DownscaleKernel
{
    /// <summary>Antialiased bicubic (Catmull-Rom): what most editors, browsers and libraries use to shrink.</summary>
    Bicubic,

    /// <summary>Area averaging (box): sensor pixels, scanners and "average" resizers.</summary>
    Area,
}
