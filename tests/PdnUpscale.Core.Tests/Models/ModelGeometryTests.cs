// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models;

namespace PdnUpscale.Core.Tests.Models;

/// <summary>The input length a model needs to cover a run of pixels whole.</summary>
public sealed class ModelGeometryTests
{
    [Theory]
    [InlineData(0, 1, 256, 256)] // a padded model of any size: the pixels themselves
    [InlineData(18, 2, 256, 292)] // CUnet 2×: 18 a side, already even
    [InlineData(18, 4, 255, 292)] // 255 + 36 = 291, rounded up to a multiple of 4
    [InlineData(7, 1, 100, 114)]
    public void InputLengthFor_AddsTheBorderAndAligns(int border, int alignment, int pixels, int expected)
    {
        var geometry = new ModelGeometry { Scale = 2, ContextPadding = 0, Border = border, InputAlignment = alignment, IsTileExact = true };

        Assert.Equal(expected, geometry.InputLengthFor(pixels));
    }
}
