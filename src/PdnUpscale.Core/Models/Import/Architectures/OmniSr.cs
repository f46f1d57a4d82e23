// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models.Import.Weights;

namespace PdnUpscale.Core.Models.Import.Architectures;

/// <summary>OmniSR (omni-scale aggregation with window, grid and channel attention).</summary>
internal static class OmniSr
{
    /// <summary>Gets a value indicating whether the weights are OmniSR's.</summary>
    /// <param name="w">The weights.</param>
    /// <returns>True for OmniSR.</returns>
    public static bool Matches(StateDict w)
        => w.HasAll("residual_layer.0.residual_layer.0.layer.0.fn.0.weight", "input.weight", "up.0.weight");

    /// <summary>Rebuilds the network.</summary>
    /// <param name="w">The weights.</param>
    /// <returns>The network.</returns>
    public static ImportedNetwork Build(StateDict w) => throw w.Error("the weights are OmniSR's, which the importer recognises but cannot convert yet");
}
