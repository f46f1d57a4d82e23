// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models;
using PdnUpscale.Core.Models.Analysis;
using PdnUpscale.Core.Models.Catalog;

namespace PdnUpscale.Core.Tests.Models.Analysis;

/// <summary>The MAC count behind the bench's GFLOP/s, checked against the architecture of the default model.</summary>
public sealed class OnnxCostTests
{
    [Fact]
    public void MacsPerInputPixel_RealEsrGeneralX4v3_MatchesSrVggNetCompact()
    {
        ModelDescriptor model = ModelCatalog.LoadBundled().Discover().Single(m => m.Id == "realesr-general-x4v3");

        double macs = OnnxCost.MacsPerInputPixel(model.OnnxPath!);

        // SRVGGNetCompact (num_feat 64, num_conv 32, 4x): a 3→64 3×3 convolution, 32 64→64 3×3 convolutions
        // and a 64→48 3×3 convolution, all at input resolution, before the pixel shuffle.
        const double expected = (3 * 64 * 9) + (32 * 64 * 64 * 9) + (64 * 48 * 9);
        Assert.Equal(expected, macs);
    }

    [Fact]
    public void PeakActivations_RealEsrGeneralX4v3_IsItsUpsamplingTail()
    {
        ModelDescriptor model = ModelCatalog.LoadBundled().Discover().Single(m => m.Id == "realesr-general-x4v3");

        double peak = OnnxCost.Analyze(model.OnnxPath!).PeakActivationBytesPerInputPixel;

        // Along the chain two 64-channel tensors are alive (512 bytes per pixel with the 3-channel input); the
        // fullest point is the tail: the last convolution's 48 channels, the pixel shuffle's 3 channels at 16 output
        // pixels and the upsampled input's 3 channels at 16 output pixels, 144 floats.
        Assert.Equal(4.0 * 144, peak);
    }

    [Fact]
    public void PeakActivations_CUnet_KeepsItsSkipConnectionsAlive()
    {
        ModelDescriptor model = ModelCatalog.LoadBundled().Discover().Single(m => m.Id == "waifu2x-cunet-2x");

        double peak = OnnxCost.Analyze(model.OnnxPath!).PeakActivationBytesPerInputPixel;

        // Its second U-Net works at twice the input resolution on 64 channels (1 KB per input pixel per tensor) and
        // holds skip tensors across its lower levels: at least three such tensors at once, and less than
        // every tensor of the graph together.
        Assert.InRange(peak, 3 * 1024, 8 * 1024);
    }
}
