// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

// Facades of PaintDotNet.Imaging.{IBitmapSource(<T>), IBitmap, IBitmapLock(<T>), BitmapLockOptions,
// IImagingFactory, IColorContext} (PaintDotNet.Windows.dll), members as in paintdotnet/apidocs 5.1.9, only
// those the plugin calls.
using System;
using PaintDotNet.ComponentModel;
using PaintDotNet.Rendering;

namespace PaintDotNet.Imaging;

public interface IBitmapSource : IObjectRef, IIsDisposed, IDisposable
{
    SizeInt32 Size { get; }

    unsafe void CopyPixels(void* pBuffer, int bufferStride, uint bufferSize, in RectInt32? srcRect);
}

public interface IBitmapSource<TPixel> : IBitmapSource, IObjectRef, IIsDisposed, IDisposable
    where TPixel : unmanaged, INaturalPixelInfo
{
}

public interface IBitmap : IBitmapSource, IObjectRef, IIsDisposed, IDisposable
{
    IBitmapLock Lock(RectInt32 rect, BitmapLockOptions lockOptions);
}

public interface IBitmapLock : IObjectRef, IIsDisposed, IDisposable
{
    unsafe void* Buffer { get; }

    int BufferStride { get; }

    SizeInt32 Size { get; }
}

public interface IBitmapLock<TPixel> : IBitmapLock, IObjectRef, IIsDisposed, IDisposable
    where TPixel : unmanaged, INaturalPixelInfo
{
}

[Flags]
public enum BitmapLockOptions
{
    Read = 1,
    Write = 2,
    ReadWrite = Read | Write,
}

public interface IColorContext : IObjectRef, IIsDisposed, IDisposable, IEquatable<IColorContext>, IInternalImpl
{
}

public interface IImagingFactory : IObjectRef, IIsDisposed, IDisposable, IInternalImpl
{
    IBitmap CreateBitmap(int width, int height, in PixelFormat pixelFormat);
}
