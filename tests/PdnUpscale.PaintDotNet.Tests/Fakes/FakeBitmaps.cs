// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PaintDotNet.ComponentModel;
using PaintDotNet.Effects;
using PaintDotNet.Imaging;
using PaintDotNet.Rendering;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.PaintDotNet.Tests.Fakes;

/// <summary>What Paint.NET's bitmaps do, over a <see cref="Bgra32Image"/>: enough for the effect's copies.</summary>
internal abstract class FakeObject : IObjectRef
{
    public bool IsDisposed { get; private set; }

    public bool? TryCreateRef(Type interfaceType, out IObjectRef? newObjectRef)
    {
        newObjectRef = null;
        return null;
    }

    public virtual void Dispose() => this.IsDisposed = true;
}

/// <summary>A source layer (IEffectInputBitmap) or a created bitmap (IBitmap) backed by an image.</summary>
internal sealed unsafe class FakeBitmap(Bgra32Image image, bool ownsImage = false) : FakeObject, IEffectInputBitmap<ColorBgra32>, IBitmap
{
    public Bgra32Image Image { get; } = image;

    public override void Dispose()
    {
        if (ownsImage && !this.IsDisposed)
        {
            this.Image.Dispose();
        }

        base.Dispose();
    }

    public SizeInt32 Size => new(this.Image.Width, this.Image.Height);

    public void CopyPixels(void* pBuffer, int bufferStride, uint bufferSize, in RectInt32? srcRect)
    {
        RectInt32 r = srcRect ?? new RectInt32(0, 0, this.Image.Width, this.Image.Height);
        Assert.True((long)bufferStride * r.Height <= bufferSize, "CopyPixels buffer too small");
        for (int y = 0; y < r.Height; y++)
        {
            this.Image.GetRow(r.Y + y).Slice(r.X * 4, r.Width * 4).CopyTo(new Span<byte>((byte*)pBuffer + ((long)y * bufferStride), r.Width * 4));
        }
    }

    public IBitmapLock Lock(RectInt32 rect, BitmapLockOptions lockOptions) => new FakeLock(this.Image, rect);
}

/// <summary>A lock over a region of an image: Buffer points into the image itself.</summary>
internal sealed unsafe class FakeLock(Bgra32Image image, RectInt32 rect) : FakeObject, IBitmapLock<ColorBgra32>
{
    public void* Buffer => (byte*)image.Scan0 + ((long)rect.Y * image.Stride) + (rect.X * 4);

    public int BufferStride => image.Stride;

    public SizeInt32 Size => rect.Size;
}

/// <summary>One OnRender call's output: a region of a destination image.</summary>
internal sealed class FakeOutput(Bgra32Image destination, RectInt32 bounds) : IBitmapEffectOutput
{
    public RectInt32 Bounds => bounds;

    public IBitmapLock Lock(in PixelFormat pixelFormat)
    {
        Assert.Equal(PixelFormats.Bgra32, pixelFormat);
        return new FakeLock(destination, bounds);
    }
}

/// <summary>Creates image-backed bitmaps, as Paint.NET's imaging factory does.</summary>
internal sealed class FakeImagingFactory : FakeObject, IImagingFactory
{
    public IBitmap CreateBitmap(int width, int height, in PixelFormat pixelFormat) => new FakeBitmap(Bgra32Image.Allocate(width, height), ownsImage: true);
}
