// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Runtime.InteropServices;

namespace PdnUpscale.Core.Imaging;

/// <summary>
/// An 8-bit BGRA image (straight, not premultiplied alpha) in one block of memory, row by row.
/// It lives in native memory so that outputs larger than 2 GiB work and so that hosts (Paint.NET's
/// locked bitmaps) can wrap their own buffers without a copy.
/// </summary>
public sealed unsafe class Bgra32Image : IDisposable
{
    private readonly bool ownsMemory;
    private byte* scan0;

    private Bgra32Image(byte* scan0, int width, int height, int stride, bool ownsMemory)
    {
        this.scan0 = scan0;
        this.Width = width;
        this.Height = height;
        this.Stride = stride;
        this.ownsMemory = ownsMemory;
    }

    /// <summary>Gets the width in pixels.</summary>
    public int Width { get; }

    /// <summary>Gets the height in pixels.</summary>
    public int Height { get; }

    /// <summary>Gets the distance in bytes between the starts of two rows.</summary>
    public int Stride { get; }

    /// <summary>Gets the number of bytes the pixels occupy (<see cref="Stride"/> × <see cref="Height"/>).</summary>
    public long ByteCount => (long)this.Stride * this.Height;

    /// <summary>Gets the address of the first row.</summary>
    public nint Scan0 => (nint)this.EnsureAlive();

    /// <summary>Allocates a zero-filled image that owns its memory.</summary>
    /// <param name="width">The width in pixels, at least 1.</param>
    /// <param name="height">The height in pixels, at least 1.</param>
    /// <returns>The new image.</returns>
    public static Bgra32Image Allocate(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, int.MaxValue / 4);
        int stride = width * 4;
        nuint bytes = (nuint)stride * (nuint)height;
        return new Bgra32Image((byte*)NativeMemory.AllocZeroed(bytes), width, height, stride, ownsMemory: true);
    }

    /// <summary>Wraps memory owned by someone else (a host bitmap); disposing does not free it.</summary>
    /// <param name="scan0">The address of the first row.</param>
    /// <param name="width">The width in pixels.</param>
    /// <param name="height">The height in pixels.</param>
    /// <param name="stride">The distance in bytes between rows, at least <paramref name="width"/> × 4.</param>
    /// <returns>A view over the memory.</returns>
    public static Bgra32Image Wrap(nint scan0, int width, int height, int stride)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(stride, width * 4);
        ArgumentOutOfRangeException.ThrowIfZero(scan0);
        return new Bgra32Image((byte*)scan0, width, height, stride, ownsMemory: false);
    }

    /// <summary>Gets the pixels of one row, <see cref="Width"/> × 4 bytes in B, G, R, A order.</summary>
    /// <param name="y">The row index.</param>
    /// <returns>The row.</returns>
    public Span<byte> GetRow(int y)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(y);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(y, this.Height);
        return new Span<byte>(this.EnsureAlive() + ((long)y * this.Stride), this.Width * 4);
    }

    /// <summary>Copies this image into a new image that owns its memory.</summary>
    /// <returns>The copy.</returns>
    public Bgra32Image Clone()
    {
        Bgra32Image copy = Allocate(this.Width, this.Height);
        for (int y = 0; y < this.Height; y++)
        {
            this.GetRow(y).CopyTo(copy.GetRow(y));
        }

        return copy;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (this.ownsMemory && this.scan0 != null)
        {
            NativeMemory.Free(this.scan0);
        }

        this.scan0 = null;
    }

    private byte* EnsureAlive()
    {
        ObjectDisposedException.ThrowIf(this.scan0 == null, this);
        return this.scan0;
    }
}
