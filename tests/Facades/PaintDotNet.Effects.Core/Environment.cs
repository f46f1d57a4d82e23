// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

// Facades of the effect environment, input and output interfaces of PaintDotNet.Effects.Core.dll (apidocs
// 5.1.9), with only the members the plugin uses. Tests implement them.
using System;
using PaintDotNet.ComponentModel;
using PaintDotNet.Imaging;
using PaintDotNet.Rendering;

namespace PaintDotNet.Effects;

public interface IEffectDocumentInfo : IObjectRef, IIsDisposed, IDisposable, IInternalImpl
{
    SizeInt32 Size { get; }
}

public interface IBitmapEffectDocumentInfo : IEffectDocumentInfo, IObjectRef, IIsDisposed, IDisposable, IInternalImpl
{
}

public interface IEffectEnvironment : IObjectRef, IIsDisposed, IDisposable, IInternalImpl
{
    IEffectDocumentInfo Document { get; }
}

public interface IBitmapEffectEnvironment : IEffectEnvironment, IObjectRef, IIsDisposed, IDisposable, IInternalImpl
{
    new IBitmapEffectDocumentInfo Document { get; }

    IImagingFactory ImagingFactory { get; }
}

public interface IEffectInputBitmap : IBitmapSource, IObjectRef, IIsDisposed, IDisposable, IInternalImpl
{
}

public interface IEffectInputBitmap<TPixel> : IEffectInputBitmap, IInternalImpl, IBitmapSource<TPixel>, IBitmapSource, IObjectRef, IIsDisposed, IDisposable
    where TPixel : unmanaged, INaturalPixelInfo
{
}

public interface IBitmapEffectOutput : IInternalImpl
{
    RectInt32 Bounds { get; }

    IBitmapLock Lock(in PixelFormat pixelFormat);
}

public static class EffectEnvironmentExtensions
{
    public static IEffectInputBitmap<ColorBgra32> GetSourceBitmapBgra32(this IEffectEnvironment environment)
        => environment is IFacadeSourceProvider provider
            ? provider.GetSourceBitmapBgra32()
            : throw new NotSupportedException("The facade environment needs an IFacadeSourceProvider.");
}

public static class BitmapEffectOutputExtensions
{
    public static IBitmapLock<ColorBgra32> LockBgra32(this IBitmapEffectOutput output)
        => (IBitmapLock<ColorBgra32>)output.Lock(PixelFormats.Bgra32);
}

/// <summary>Facade-only hook (internal, for tests): supplies the source layer.</summary>
internal interface IFacadeSourceProvider
{
    IEffectInputBitmap<ColorBgra32> GetSourceBitmapBgra32();
}
