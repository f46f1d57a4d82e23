// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models;
using PdnUpscale.Core.Models.Analysis;
using PdnUpscale.Core.Models.Import.Ncnn;
using PdnUpscale.Core.Tests.Models.Import.Ncnn;

namespace PdnUpscale.Core.Tests.Models.Analysis;

public sealed class ModelGeometryAnalyzerTests
{
    [Fact]
    public void PaddedConvolutionsAndPixelShuffle_ScaleWithoutBorder()
    {
        // Two same-padded 3×3 convolutions reach 2 px; the 2× pixel shuffle adds nothing.
        using var model = new NcnnTestModel().Input()
            .Layer("Convolution", "c1", ["data"], ["a"], "0=4 1=3 4=1 6=108")
            .Layer("Convolution", "c2", ["a"], ["b"], "0=12 1=3 4=1 6=432")
            .Layer("PixelShuffle", "ps", ["b"], ["out"], "0=2").Write();

        Assert.Equivalent(new ModelGeometry { Scale = 2, Border = 0, ContextPadding = 2, InputAlignment = 1, IsTileExact = true }, Analyze(model));
    }

    [Fact]
    public void UnpaddedConvolutionsAndDeconvolution_ConsumeBorder()
    {
        // upconv_7 in miniature: two valid 3×3 convolutions eat 2 px per side (L = W − 4); the k4 s2 p3
        // deconvolution gives 2 × (L − 1) + 4 − 6 = 2 × (W − 6), one more input pixel per side: border 3.
        using var model = new NcnnTestModel().Input()
            .Layer("Convolution", "c1", ["data"], ["a"], "0=4 1=3 6=108")
            .Layer("Convolution", "c2", ["a"], ["b"], "0=4 1=3 6=144")
            .Layer("Deconvolution", "up", ["b"], ["out"], "0=3 1=4 3=2 4=3 6=192").Write();

        ModelGeometry g = Analyze(model);

        Assert.Equal((2, 3, 1, true), (g.Scale, g.Border, g.InputAlignment, g.IsTileExact));
        Assert.True(g.ContextPadding >= g.Border, "context must cover at least the consumed border");
    }

    [Fact]
    public void StridedConvolutionAndGlobalPooling_NeedAlignmentAndAreNotTileExact()
    {
        // A 2×2 stride-2 convolution needs even sizes; the squeeze-excitation reads the whole image.
        using var model = new NcnnTestModel().Input()
            .Layer("Split", "s", ["data"], ["a", "b"])
            .Layer("Convolution", "down", ["a"], ["d"], "0=3 1=2 3=2 6=36")
            .Layer("Split", "s2", ["d"], ["d1", "d2"])
            .Layer("Pooling", "gap", ["d1"], ["g"], "0=1 4=1")
            .Layer("BinaryOp", "mul", ["d2", "g"], ["m"], "0=2")
            .Layer("Deconvolution", "up", ["m"], ["u"], "0=3 1=2 3=2 6=36")
            .Layer("Deconvolution", "up2", ["u"], ["v"], "0=3 1=2 3=2 6=36")
            .Layer("Interp", "skip", ["b"], ["i"], "0=1 1=2 2=2")
            .Layer("BinaryOp", "add", ["v", "i"], ["out"], "0=0").Write();

        ModelGeometry g = Analyze(model);

        Assert.Equal((2, 0, 2, false), (g.Scale, g.Border, g.InputAlignment, g.IsTileExact));
    }

    [Fact]
    public void MismatchedBranches_AreNotAnUpscaler()
    {
        using var model = new NcnnTestModel().Input()
            .Layer("Split", "s", ["data"], ["a", "b"])
            .Layer("Convolution", "valid", ["a"], ["c"], "0=3 1=3 6=81")
            .Layer("BinaryOp", "add", ["b", "c"], ["out"], "0=0").Write();

        NcnnImportException e = Assert.Throws<NcnnImportException>(() => Analyze(model));

        Assert.Contains("not a fully convolutional upscaler", e.Message, StringComparison.Ordinal);
    }

    private static ModelGeometry Analyze(NcnnTestModel model) => ModelGeometryAnalyzer.Analyze(NcnnParamReader.Read(model.ParamPath));
}
