// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Text.RegularExpressions;
using PdnUpscale.Core.Models.Import.Weights;

namespace PdnUpscale.Core.Models.Import.Architectures;

/// <summary>
/// ESRGAN / RRDBNet (Real-ESRGAN x4plus and most community models), in the old key layout
/// (<c>model.N…</c>) or the new one (BasicSR's <c>conv_first</c>, <c>body.N.rdbK</c>; BSRGAN's
/// <c>RRDB_trunk</c>), with any feature count, block count and growth channels, 1× to 8×, and the
/// pixel-unshuffle input of Real-ESRGAN's 2× and 1× models. Forward pass: conv; x + [RRDB…, conv]; per 2×:
/// nearest 2×, conv, LeakyReLU 0.2; conv, LeakyReLU 0.2; conv.
/// </summary>
internal static partial class Esrgan
{
    private const float Slope = 0.2f;
    private const float ResidualScale = 0.2f;

    /// <summary>Gets a value indicating whether the weights are ESRGAN's, in either layout.</summary>
    /// <param name="w">The weights.</param>
    /// <returns>True for ESRGAN.</returns>
    public static bool Matches(StateDict w)
        => w.HasAll("model.0.weight", "model.1.sub.0.RDB1.conv1.0.weight")
        || w.HasAll("model.0.weight", "model.1.sub.0.RDB1.conv1x1.weight")
        || w.HasAll("conv_first.weight", "body.0.rdb1.conv1.weight", "conv_body.weight", "conv_last.weight")
        || w.HasAll("conv_first.weight", "RRDB_trunk.0.RDB1.conv1.weight", "trunk_conv.weight", "conv_last.weight");

    /// <summary>Rebuilds the network.</summary>
    /// <param name="weights">The weights.</param>
    /// <returns>The network.</returns>
    public static ImportedNetwork Build(StateDict weights)
    {
        bool newLayout = weights.Has("conv_first.weight");
        StateDict w = newLayout ? ToOldLayout(weights) : weights;
        if (w.Keys.Any(k => k.Contains(".conv1x1.", StringComparison.Ordinal)))
        {
            throw w.Error("the weights are ESRGAN+ (RRDB blocks with extra 1×1 convolutions), which is not supported");
        }

        int length = w.SequenceLength("model");
        int doublings = (length - 5) / 3;
        if (length < 5 || (length - 5) % 3 != 0 || doublings > 3)
        {
            throw w.Error($"the ESRGAN weights have {length} top-level modules, which fits no 1×, 2×, 4× or 8× layout");
        }

        WeightTensor first = w.Get("model.0.weight", -1, -1, 3, 3);
        int features = first.Dim(0);
        int inputChannels = first.Dim(1);
        int outputChannels = w.Get($"model.{length - 1}.weight", -1, features, 3, 3).Dim(0);
        int blocks = w.SequenceLength("model.1.sub") - 1;
        int growth = w.Get("model.1.sub.0.RDB1.conv1.0.weight", -1, features, 3, 3).Dim(0);

        // Real-ESRGAN's 2× and 1× models pixel-unshuffle the input by 2 or 4 and run a 4× body.
        int unshuffle = inputChannels == outputChannels ? 1 : inputChannels == 4 * outputChannels ? 2 : inputChannels == 16 * outputChannels ? 4 : 0;
        int bodyScale = 1 << doublings;
        if (unshuffle == 0 || bodyScale % unshuffle != 0 || blocks < 1)
        {
            throw w.Error($"the ESRGAN weights take {inputChannels} input channels for {outputChannels} output channels and {blocks} blocks, which fits no supported layout");
        }

        var graph = new WeightGraph(w, outputChannels);
        string x = unshuffle == 1 ? WeightGraph.InputName : SpaceToDepth(graph, unshuffle);
        string feature = graph.Conv(x, "model.0", inputChannels);
        string trunk = feature;
        for (int b = 0; b < blocks; b++)
        {
            trunk = Rrdb(graph, trunk, $"model.1.sub.{b}", features, growth);
        }

        trunk = graph.Conv(trunk, $"model.1.sub.{blocks}", features);
        x = graph.Op("Add", "trunk", feature, trunk);
        for (int d = 1; d <= doublings; d++)
        {
            x = graph.LeakyRelu(graph.Conv(graph.Nearest(x, 2), $"model.{3 * d}", features), Slope);
        }

        x = graph.LeakyRelu(graph.Conv(x, $"model.{(3 * doublings) + 2}", features), Slope);
        x = graph.Conv(x, $"model.{(3 * doublings) + 4}", features);

        // Receptive field in body pixels: the first conv, 15 per RRDB (3 RDBs of 5 chained convs), the trunk conv,
        // then each upscaled conv counts for 1 / (its resolution), the two final ones at the full body scale.
        double radius = 2 + (15.0 * blocks) + Enumerable.Range(1, doublings).Sum(d => 1.0 / (1 << d)) + (2.0 / bodyScale);
        int scale = bodyScale / unshuffle;
        var geometry = new ModelGeometry
        {
            Scale = scale,
            ContextPadding = (int)Math.Ceiling((radius * unshuffle) + unshuffle - 1 - 1e-9),
            InputAlignment = unshuffle,
            IsTileExact = true,
        };
        string layout = newLayout ? "new layout" : "old layout";
        string variant = unshuffle > 1 ? $", pixel-unshuffle {unshuffle}" : string.Empty;
        return new ImportedNetwork(graph.Build(x, outputChannels), geometry, $"ESRGAN ({layout}{variant}), {features} features, {blocks} blocks, growth {growth}");
    }

    // Residual in residual dense block: 0.2 · RDB3(RDB2(RDB1(x))) + x.
    private static string Rrdb(WeightGraph graph, string x, string prefix, int features, int growth)
    {
        string y = x;
        for (int r = 1; r <= 3; r++)
        {
            y = Rdb(graph, y, $"{prefix}.RDB{r}", features, growth);
        }

        return graph.Op("Add", prefix, graph.Scale(y, ResidualScale), x);
    }

    // Residual dense block: five convolutions, each over the concatenation of the input and all earlier outputs.
    private static string Rdb(WeightGraph graph, string x, string prefix, int features, int growth)
    {
        List<string> dense = [x];
        for (int c = 1; c <= 4; c++)
        {
            string input = dense.Count == 1 ? x : graph.Concat($"{prefix}.cat{c}", [.. dense]);
            dense.Add(graph.LeakyRelu(graph.Conv(input, $"{prefix}.conv{c}.0", features + ((c - 1) * growth)), Slope));
        }

        string last = graph.Conv(graph.Concat($"{prefix}.cat5", [.. dense]), $"{prefix}.conv5.0", features + (4 * growth));
        return graph.Op("Add", prefix, graph.Scale(last, ResidualScale), x);
    }

    // PyTorch's pixel_unshuffle orders channels (c, dy, dx); ONNX SpaceToDepth orders them (dy, dx, c). The graph
    // uses SpaceToDepth, and the first convolution's input channels are permuted to match, which costs nothing.
    private static string SpaceToDepth(WeightGraph graph, int factor)
    {
        WeightTensor first = graph.Weights["model.0.weight"];
        int outC = first.Dim(0);
        int inC = first.Dim(1);
        int channels = inC / (factor * factor);
        int taps = first.Dim(2) * first.Dim(3);
        var permuted = new float[first.Data.Length];
        for (int o = 0; o < outC; o++)
        {
            for (int c = 0; c < channels; c++)
            {
                for (int d = 0; d < factor * factor; d++)
                {
                    int torchChannel = (c * factor * factor) + d;
                    int onnxChannel = (d * channels) + c;
                    Array.Copy(first.Data, ((o * inC) + torchChannel) * taps, permuted, ((o * inC) + onnxChannel) * taps, taps);
                }
            }
        }

        Array.Copy(permuted, first.Data, permuted.Length);
        return graph.Op("SpaceToDepth", "unshuffled", [WeightGraph.InputName], Onnx.OnnxAttributes.Int("blocksize", factor));
    }

    // New layouts (BasicSR, BSRGAN) renamed to the old one, as spandrel does.
    private static StateDict ToOldLayout(StateDict w)
    {
        int blocks = w.Keys.Select(k => RrdbKey().Match(k)).Where(m => m.Success).Select(m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1).DefaultIfEmpty(0).Max();
        int ups = w.Keys.Select(k => UpKey().Match(k)).Where(m => m.Success).Select(m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();
        var renamed = new Dictionary<string, WeightTensor>(StringComparer.Ordinal);
        foreach (string key in w.Keys)
        {
            string? old = key switch
            {
                _ when key.StartsWith("conv_first.", StringComparison.Ordinal) => "model.0." + key[11..],
                _ when key.StartsWith("conv_body.", StringComparison.Ordinal) => $"model.1.sub.{blocks}." + key[10..],
                _ when key.StartsWith("trunk_conv.", StringComparison.Ordinal) => $"model.1.sub.{blocks}." + key[11..],
                _ when key.StartsWith("conv_hr.", StringComparison.Ordinal) => $"model.{(3 * ups) + 2}." + key[8..],
                _ when key.StartsWith("HRconv.", StringComparison.Ordinal) => $"model.{(3 * ups) + 2}." + key[7..],
                _ when key.StartsWith("conv_last.", StringComparison.Ordinal) => $"model.{(3 * ups) + 4}." + key[10..],
                _ => null,
            };
            Match rrdb = RrdbKey().Match(key);
            Match up = UpKey().Match(key);
            old ??= rrdb.Success ? $"model.1.sub.{rrdb.Groups[2].Value}.RDB{rrdb.Groups[3].Value}.conv{rrdb.Groups[4].Value}.0.{rrdb.Groups[5].Value}"
                : up.Success ? $"model.{3 * int.Parse(up.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)}.{up.Groups[3].Value}"
                : null;
            if (old is not null)
            {
                renamed[old] = w[key];
            }
        }

        return new StateDict(w.File, renamed);
    }

    [GeneratedRegex(@"^(body|RRDB_trunk)\.(\d+)\.(?:rdb|RDB)(\d)\.conv(\d)\.(weight|bias)$")]
    private static partial Regex RrdbKey();

    [GeneratedRegex(@"^(conv_up|upconv)(\d)\.(weight|bias)$")]
    private static partial Regex UpKey();
}
