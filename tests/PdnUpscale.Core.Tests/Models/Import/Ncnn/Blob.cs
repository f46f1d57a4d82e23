// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Tests.Models.Import.Ncnn;

/// <summary>An ncnn-style <c>[C, H, W]</c> float blob for the reference implementations (a vector has H = W = 1).</summary>
internal sealed class Blob
{
    public Blob(int c, int h, int w)
    {
        this.C = c;
        this.H = h;
        this.W = w;
        this.Data = new float[c * h * w];
    }

    public int C { get; }

    public int H { get; }

    public int W { get; }

    public float[] Data { get; }

    public float this[int c, int y, int x]
    {
        get => this.Data[(((c * this.H) + y) * this.W) + x];
        set => this.Data[(((c * this.H) + y) * this.W) + x] = value;
    }

    public static Blob Random(int c, int h, int w, int seed, float low = -1f, float high = 1f)
    {
        var random = new Random(seed);
        var blob = new Blob(c, h, w);
        for (int i = 0; i < blob.Data.Length; i++)
        {
            blob.Data[i] = low + ((high - low) * random.NextSingle());
        }

        return blob;
    }

    public static float[] RandomValues(int count, int seed)
        => Random(1, 1, count, seed, -0.5f, 0.5f).Data;

    public Blob Map(Func<float, float> f)
    {
        var result = new Blob(this.C, this.H, this.W);
        for (int i = 0; i < this.Data.Length; i++)
        {
            result.Data[i] = f(this.Data[i]);
        }

        return result;
    }
}
