// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Tests.Models.Import.Ncnn;

/// <content>PixelShuffle, Interp and local pooling, following ncnn's loops.</content>
internal static partial class NcnnReference
{
    public static Blob PixelShuffle(Blob x, int r, int mode)
    {
        int outC = x.C / (r * r);
        var y = new Blob(outC, x.H * r, x.W * r);
        for (int p = 0; p < outC; p++)
        {
            for (int sh = 0; sh < r; sh++)
            {
                for (int sw = 0; sw < r; sw++)
                {
                    int q = mode == 0 ? (p * r * r) + (sh * r) + sw : (((sh * r) + sw) * outC) + p;
                    for (int i = 0; i < x.H; i++)
                    {
                        for (int j = 0; j < x.W; j++)
                        {
                            y[p, (i * r) + sh, (j * r) + sw] = x[q, i, j];
                        }
                    }
                }
            }
        }

        return y;
    }

    /// <summary>ncnn Interp with scale factors: 1 nearest (floor(x / scale)), 2 bilinear, 3 bicubic (A = -0.75, edge clamped).</summary>
    public static Blob Interp(Blob x, int type, float scale)
    {
        int outH = (int)(x.H * scale);
        int outW = (int)(x.W * scale);
        var y = new Blob(x.C, outH, outW);
        for (int c = 0; c < x.C; c++)
        {
            for (int oy = 0; oy < outH; oy++)
            {
                for (int ox = 0; ox < outW; ox++)
                {
                    y[c, oy, ox] = type == 1
                        ? x[c, Math.Min((int)(oy / scale), x.H - 1), Math.Min((int)(ox / scale), x.W - 1)]
                        : Sample(x, c, Source(oy, x.H, outH, type), Source(ox, x.W, outW, type), type);
                }
            }
        }

        return y;
    }

    public static Blob MaxPool(Blob x, int k, int stride)
    {
        var y = new Blob(x.C, ((x.H - k) / stride) + 1, ((x.W - k) / stride) + 1);
        for (int c = 0; c < x.C; c++)
        {
            for (int oy = 0; oy < y.H; oy++)
            {
                for (int ox = 0; ox < y.W; ox++)
                {
                    float m = float.MinValue;
                    for (int i = 0; i < k * k; i++)
                    {
                        m = Math.Max(m, x[c, (oy * stride) + (i / k), (ox * stride) + (i % k)]);
                    }

                    y[c, oy, ox] = m;
                }
            }
        }

        return y;
    }

    private static float Source(int o, int inSize, int outSize, int type)
    {
        float f = (float)(((o + 0.5) * inSize / outSize) - 0.5);
        return type == 2 ? Math.Max(f, 0f) : f;
    }

    private static float Sample(Blob x, int c, float fy, float fx, int type)
    {
        int y0 = (int)MathF.Floor(fy);
        int x0 = (int)MathF.Floor(fx);
        float[] wy = Weights(fy - y0, type);
        float[] wx = Weights(fx - x0, type);
        int first = type == 2 ? 0 : -1;
        float sum = 0;
        for (int i = 0; i < wy.Length; i++)
        {
            for (int j = 0; j < wx.Length; j++)
            {
                int sy = Math.Clamp(y0 + first + i, 0, x.H - 1);
                int sx = Math.Clamp(x0 + first + j, 0, x.W - 1);
                sum += wy[i] * wx[j] * x[c, sy, sx];
            }
        }

        return sum;
    }

    private static float[] Weights(float t, int type)
    {
        if (type == 2)
        {
            return [1 - t, t];
        }

        const float A = -0.75f;
        static float Near(float d) => ((((A + 2) * d) - (A + 3)) * d * d) + 1;
        static float Far(float d) => ((((A * d) - (5 * A)) * d) + (8 * A)) * d - (4 * A);
        return [Far(t + 1), Near(t), Near(1 - t), Far(2 - t)];
    }
}
