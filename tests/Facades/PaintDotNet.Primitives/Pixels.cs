// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

// Facades of PaintDotNet.Imaging.{IPixelInfo, INaturalPixelInfo, INaturalPixelInfo<T>, ColorBgra32, PixelFormat,
// PixelFormats} (PaintDotNet.Primitives.dll). Paint.NET's IPixelInfo has static members (BitsPerPixel, ...)
// the plugin never uses; they are left out.
using System;

namespace PaintDotNet.Imaging;

public interface IPixelInfo : IInternalImpl
{
}

public interface INaturalPixelInfo : IPixelInfo, IInternalImpl
{
}

public interface INaturalPixelInfo<TPixel> : INaturalPixelInfo, IPixelInfo, IInternalImpl, IEquatable<TPixel>
    where TPixel : unmanaged, INaturalPixelInfo<TPixel>
{
}

public struct ColorBgra32 : INaturalPixelInfo<ColorBgra32>, INaturalPixelInfo, IPixelInfo, IInternalImpl, IEquatable<ColorBgra32>
{
    public ColorBgra32(byte b, byte g, byte r, byte a)
    {
        this.B = b;
        this.G = g;
        this.R = r;
        this.A = a;
    }

    public byte B { readonly get; set; }

    public byte G { readonly get; set; }

    public byte R { readonly get; set; }

    public byte A { readonly get; set; }

    public readonly bool Equals(ColorBgra32 other) => this.B == other.B && this.G == other.G && this.R == other.R && this.A == other.A;

    public override readonly bool Equals(object? obj) => obj is ColorBgra32 other && this.Equals(other);

    public override readonly int GetHashCode() => HashCode.Combine(this.B, this.G, this.R, this.A);
}

public readonly struct PixelFormat : IEquatable<PixelFormat>
{
    private readonly int id;

    internal PixelFormat(int id) => this.id = id;

    public bool Equals(PixelFormat other) => this.id == other.id;

    public override bool Equals(object? obj) => obj is PixelFormat other && this.Equals(other);

    public override int GetHashCode() => this.id;
}

public static class PixelFormats
{
    public static PixelFormat Bgra32 { get; } = new(1);
}
