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
}
