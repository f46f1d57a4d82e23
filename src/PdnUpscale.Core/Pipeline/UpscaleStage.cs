// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Pipeline;

/// <summary>What the pipeline is doing, for progress reports.</summary>
public enum UpscaleStage
{
    /// <summary>Bleeding colour, opening the model, planning tiles.</summary>
    Preparing,

    /// <summary>Running the model over colour tiles.</summary>
    Color,

    /// <summary>Enlarging the alpha channel.</summary>
    Alpha,

    /// <summary>Resampling to the exact requested size.</summary>
    Resampling,

    /// <summary>Making the result faithful to the input (back-projection).</summary>
    Fidelity,

    /// <summary>Finished.</summary>
    Done,
}
