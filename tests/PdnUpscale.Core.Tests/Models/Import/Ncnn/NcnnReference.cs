// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Tests.Models.Import.Ncnn;

/// <summary>
/// Straightforward loops that do what ncnn's layers do (per ncnn's src/layer/*.cpp), used as the ground truth
/// for the converted graphs. Weights are in ncnn's order: Convolution [out][in][kh][kw], Deconvolution the same
/// (scattered, not flipped), InnerProduct [out][in].
/// </summary>
internal static partial class NcnnReference
{
    public static Blob Convolution(Blob x, float[] weight, float[]? bias, int outC, int k, int stride, int pad, int dilation = 1)
    {
        int extent = (dilation * (k - 1)) + 1;
        int outH = ((x.H + (2 * pad) - extent) / stride) + 1;
        int outW = ((x.W + (2 * pad) - extent) / stride) + 1;
        var y = new Blob(outC, outH, outW);
        for (int o = 0; o < outC; o++)
        {
            for (int oy = 0; oy < outH; oy++)
            {
                for (int ox = 0; ox < outW; ox++)
                {
                    float sum = bias?[o] ?? 0f;
                    for (int i = 0; i < x.C; i++)
                    {
                        for (int ky = 0; ky < k; ky++)
                        {
                            for (int kx = 0; kx < k; kx++)
                            {
                                int iy = (oy * stride) + (ky * dilation) - pad;
                                int ix = (ox * stride) + (kx * dilation) - pad;
                                if (iy >= 0 && iy < x.H && ix >= 0 && ix < x.W)
                                {
                                    sum += x[i, iy, ix] * weight[(((((o * x.C) + i) * k) + ky) * k) + kx];
                                }
                            }
                        }
                    }

                    y[o, oy, ox] = sum;
                }
            }
        }

        return y;
    }

    public static Blob Deconvolution(Blob x, float[] weight, float[]? bias, int outC, int k, int stride, int pad, int outputPad)
    {
        int fullH = ((x.H - 1) * stride) + k + outputPad;
        int fullW = ((x.W - 1) * stride) + k + outputPad;
        var full = new Blob(outC, fullH, fullW);
        for (int o = 0; o < outC; o++)
        {
            full.Data.AsSpan(o * fullH * fullW, fullH * fullW).Fill(bias?[o] ?? 0f);
            for (int i = 0; i < x.C; i++)
            {
                for (int iy = 0; iy < x.H; iy++)
                {
                    for (int ix = 0; ix < x.W; ix++)
                    {
                        for (int ky = 0; ky < k; ky++)
                        {
                            for (int kx = 0; kx < k; kx++)
                            {
                                full[o, (iy * stride) + ky, (ix * stride) + kx] += x[i, iy, ix] * weight[(((((o * x.C) + i) * k) + ky) * k) + kx];
                            }
                        }
                    }
                }
            }
        }

        return Crop(full, pad, pad, fullH - (2 * pad), fullW - (2 * pad));
    }

    public static Blob Crop(Blob x, int top, int left, int h, int w)
    {
        var y = new Blob(x.C, h, w);
        for (int c = 0; c < x.C; c++)
        {
            for (int yy = 0; yy < h; yy++)
            {
                for (int xx = 0; xx < w; xx++)
                {
                    y[c, yy, xx] = x[c, yy + top, xx + left];
                }
            }
        }

        return y;
    }

    public static float LeakyReLU(float v, float slope) => v > 0 ? v : v * slope;

    public static float Sigmoid(float v) => 1f / (1f + MathF.Exp(-v));

    public static Blob PerChannel(Blob x, Func<int, float, float> f)
    {
        var y = new Blob(x.C, x.H, x.W);
        for (int i = 0; i < x.Data.Length; i++)
        {
            y.Data[i] = f(i / (x.H * x.W), x.Data[i]);
        }

        return y;
    }

    public static Blob GlobalAverage(Blob x)
        => Vector(x.C, c => x.Data.AsSpan(c * x.H * x.W, x.H * x.W).ToArray().Average());

    public static Blob InnerProduct(Blob v, float[] weight, float[] bias, int outN)
        => Vector(outN, o => bias[o] + Enumerable.Range(0, v.C).Sum(i => weight[(o * v.C) + i] * v.Data[i]));

    public static Blob Vector(int n, Func<int, float> f)
    {
        var y = new Blob(n, 1, 1);
        for (int i = 0; i < n; i++)
        {
            y.Data[i] = f(i);
        }

        return y;
    }
}
