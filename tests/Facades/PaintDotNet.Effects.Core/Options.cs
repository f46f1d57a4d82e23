// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

// Facades of the options records and rendering enums of PaintDotNet.Effects.Core.dll, as in apidocs 5.1.9:
// EffectOptionsBase : PluginOptions, BitmapEffectOptionsFactory (Create), BitmapEffectOptions.
using System;
using PaintDotNet.AppModel;
using PaintDotNet.Imaging;

namespace PaintDotNet.Effects;

public record EffectOptionsBase : PluginOptions
{
    private protected EffectOptionsBase()
    {
    }

    public bool IsConfigurable { get; set; }
}

public abstract record BitmapEffectOptionsFactory : EffectOptionsBase
{
    private protected BitmapEffectOptionsFactory()
    {
    }

    public static BitmapEffectOptions Create() => new();
}

public record BitmapEffectOptions : BitmapEffectOptionsFactory
{
    internal BitmapEffectOptions()
    {
    }
}

[Flags]
public enum BitmapEffectRenderingFlags : ulong
{
    None = 0,
    SingleThreaded = 1,
    DisableSelectionClipping = 2,
    ForceAliasedSelectionQuality = 4,
    FirstTileIsRenderedWithBarrier = 8,
    UninitializedOutputBuffer = 16,
}

public enum BitmapEffectRenderingSchedule : long
{
    None = 0,
    HorizontalStrips = 1,
    SquareTiles = 2,
}

public interface IReadOnlyBitmapEffectRenderInfo : IInternalImpl
{
    BitmapEffectRenderingFlags Flags { get; }

    BitmapEffectRenderingSchedule Schedule { get; }

    PixelFormat OutputPixelFormat { get; }
}

public interface IBitmapEffectRenderInfo : IReadOnlyBitmapEffectRenderInfo, IInternalImpl
{
    new BitmapEffectRenderingFlags Flags { get; set; }

    new BitmapEffectRenderingSchedule Schedule { get; set; }

    new PixelFormat OutputPixelFormat { get; set; }
}

public static class SubmenuNames
{
    public static string Photo => "Photo";
}
