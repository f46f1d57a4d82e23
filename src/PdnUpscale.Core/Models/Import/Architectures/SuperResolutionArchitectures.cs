// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models.Import.Weights;

namespace PdnUpscale.Core.Models.Import.Architectures;

/// <summary>
/// Recognises a state dict's architecture from its weight names, the way spandrel's registry does (first
/// match wins, most specific first), and rebuilds the network as ONNX.
/// </summary>
internal static class SuperResolutionArchitectures
{
    /// <summary>The architectures, in detection order; Compact's test is the loosest, so it comes last.</summary>
    private static readonly (string Name, Func<StateDict, bool> Matches, Func<StateDict, ImportedNetwork> Build)[] All =
    [
        ("ESRGAN", Esrgan.Matches, Esrgan.Build),
        ("SPAN", Span.Matches, Span.Build),
        ("OmniSR", OmniSr.Matches, OmniSr.Build),
        ("Real-ESRGAN Compact", Compact.Matches, Compact.Build),
    ];

    /// <summary>Gets the names of the supported architectures, for messages and documentation.</summary>
    public static IEnumerable<string> Names => All.Select(a => a.Name);

    /// <summary>Recognises and rebuilds a network.</summary>
    /// <param name="weights">The state dict.</param>
    /// <returns>The network.</returns>
    /// <exception cref="ModelImportException">No architecture matches, or the weights do not fit it.</exception>
    public static ImportedNetwork Build(StateDict weights)
    {
        foreach ((string _, Func<StateDict, bool> matches, Func<StateDict, ImportedNetwork> build) in All)
        {
            if (matches(weights))
            {
                ImportedNetwork network = build(weights);
                long channels = network.Model.Graph.Input[0].Type.TensorType.Shape.Dim[1].DimValue;
                return channels == 3 ? network : throw weights.Error($"the network takes {channels} colour channels; only RGB models (3) are supported");
            }
        }

        string sample = string.Join(", ", weights.Keys.Take(3));
        throw weights.Error($"the weights (named {sample}, …) match none of the supported architectures ({string.Join(", ", Names)})");
    }
}
