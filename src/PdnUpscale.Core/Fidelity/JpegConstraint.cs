// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Fidelity;

/// <summary>
/// The set of images a JPEG file could have come from: every 8 × 8 DCT coefficient of every component within half
/// a quantizer step of the value the file stores (the encoder rounded to the nearest step, ITU-T T.81 A.3.4).
/// <see cref="Project"/> moves an image onto that set with the least change per block (clamp each coefficient
/// into its interval), so back-projection can hold a result to what the file says without copying its blocks
/// and ringing, which lie anywhere inside the intervals: projection onto convex sets, as in Yang, Galatsanos and
/// Katsaggelos's deblocking.
/// </summary>
/// <remarks>
/// The stored coefficients are recomputed from the decoded pixels (the file's entropy-coded data is not read),
/// so they are approximate where the decoder rounded, clipped or upsampled chroma smoothly; chroma subsampled
/// 2× is averaged over its 2 × 2 (or 2 × 1) boxes, and a change to it spread evenly back over the box, which is
/// the least-squares way to change a box average.
/// </remarks>
internal sealed class JpegConstraint
{
    private static readonly float[] Cosines = BuildCosines();

    private readonly Plane[] planes;
    private readonly int width;
    private readonly int height;

    private JpegConstraint(Plane[] planes, int width, int height)
    {
        this.planes = planes;
        this.width = width;
        this.height = height;
    }

    /// <summary>Builds the constraint of a decoded JPEG, or null when its layout is not one this handles.</summary>
    /// <param name="input">The decoded pixels (on the file's block grid).</param>
    /// <param name="jpeg">The file's quantization and sampling.</param>
    /// <returns>The constraint, or null (turned pixels, sampling other than 1× or 2×).</returns>
    public static JpegConstraint? For(Bgra32Image input, JpegQuantization jpeg)
    {
        if (!jpeg.BlocksAligned)
        {
            return null;
        }

        int hMax = jpeg.Components.Max(c => c.HorizontalSampling), vMax = jpeg.Components.Max(c => c.VerticalSampling);
        if (jpeg.Components.Any(c => hMax % c.HorizontalSampling != 0 || vMax % c.VerticalSampling != 0 || hMax / c.HorizontalSampling > 2 || vMax / c.VerticalSampling > 2))
        {
            return null;
        }

        float[][] ycc = ToYcc(ChannelPlanes.Read(input, 2, false), ChannelPlanes.Read(input, 1, false), ChannelPlanes.Read(input, 0, false));
        var planes = new Plane[jpeg.Components.Count];
        for (int c = 0; c < planes.Length; c++)
        {
            JpegComponent component = jpeg.Components[c];
            planes[c] = new Plane(component.Table, hMax / component.HorizontalSampling, vMax / component.VerticalSampling, input.Width, input.Height);
            planes[c].Store(ycc[c]);
        }

        return new JpegConstraint(planes, input.Width, input.Height);
    }

    /// <summary>Moves an image (R, G, B planes at the input's size, sRGB 0..255) onto the set, in place.</summary>
    /// <param name="red">The red plane.</param>
    /// <param name="green">The green plane.</param>
    /// <param name="blue">The blue plane.</param>
    public void Project(float[] red, float[] green, float[] blue)
    {
        float[][] ycc = ToYcc(red, green, blue);
        for (int c = 0; c < this.planes.Length; c++)
        {
            this.planes[c].Project(ycc[c]);
        }

        if (this.planes.Length == 1)
        {
            // A grey JPEG: every channel is the one component.
            ycc[0].CopyTo(red, 0);
            ycc[0].CopyTo(green, 0);
            ycc[0].CopyTo(blue, 0);
            return;
        }

        for (int i = 0; i < this.width * this.height; i++)
        {
            float y = ycc[0][i], cb = ycc[1][i] - 128, cr = ycc[2][i] - 128;
            red[i] = y + (1.402f * cr);
            green[i] = y - (0.344136f * cb) - (0.714136f * cr);
            blue[i] = y + (1.772f * cb);
        }
    }

    /// <summary>JFIF's full-range YCbCr (what JPEG encoders transform RGB into), one plane per component.</summary>
    private static float[][] ToYcc(float[] red, float[] green, float[] blue)
    {
        var y = new float[red.Length];
        var cb = new float[red.Length];
        var cr = new float[red.Length];
        for (int i = 0; i < red.Length; i++)
        {
            float r = red[i], g = green[i], b = blue[i];
            y[i] = (0.299f * r) + (0.587f * g) + (0.114f * b);
            cb[i] = (-0.168736f * r) - (0.331264f * g) + (0.5f * b) + 128;
            cr[i] = (0.5f * r) - (0.418688f * g) - (0.081312f * b) + 128;
        }

        return [y, cb, cr];
    }

    private static float[] BuildCosines()
    {
        // The orthonormal 8-point DCT-II, which is exactly JPEG's (T.81 A.3.3): C[u, x] = a(u)·cos((2x + 1)uπ/16).
        var c = new float[64];
        for (int u = 0; u < 8; u++)
        {
            double a = u == 0 ? Math.Sqrt(0.125) : 0.5;
            for (int x = 0; x < 8; x++)
            {
                c[(u * 8) + x] = (float)(a * Math.Cos(((2 * x) + 1) * u * Math.PI / 16));
            }
        }

        return c;
    }

    /// <summary>One component: its grid (subsampled or not), its steps and the stored quantizer index of every coefficient.</summary>
    private sealed class Plane
    {
        private readonly int[] table;
        private readonly int sx;
        private readonly int sy;
        private readonly int fullWidth;
        private readonly int fullHeight;
        private readonly int width;
        private readonly int height;
        private readonly int blocksAcross;
        private readonly int blocksDown;
        private readonly int[] indices;

        public Plane(int[] table, int sx, int sy, int fullWidth, int fullHeight)
        {
            this.table = table;
            this.sx = sx;
            this.sy = sy;
            this.fullWidth = fullWidth;
            this.fullHeight = fullHeight;
            this.width = (fullWidth + sx - 1) / sx;
            this.height = (fullHeight + sy - 1) / sy;
            this.blocksAcross = (this.width + 7) / 8;
            this.blocksDown = (this.height + 7) / 8;
            this.indices = new int[this.blocksAcross * this.blocksDown * 64];
        }

        /// <summary>Records the quantizer index of every coefficient of the decoded component.</summary>
        public void Store(float[] full)
        {
            float[] plane = this.Downsample(full);
            Span<float> block = stackalloc float[64];
            for (int b = 0; b < this.blocksAcross * this.blocksDown; b++)
            {
                this.ReadBlock(plane, b, block);
                Forward(block);
                for (int k = 0; k < 64; k++)
                {
                    this.indices[(b * 64) + k] = (int)MathF.Round(block[k] / this.table[k]);
                }
            }
        }

        /// <summary>Clamps every coefficient of the component into its stored interval and puts the change back, in place.</summary>
        public void Project(float[] full)
        {
            float[] plane = this.Downsample(full);
            float[] change = new float[plane.Length];
            Span<float> block = stackalloc float[64];
            Span<float> before = stackalloc float[64];
            for (int b = 0; b < this.blocksAcross * this.blocksDown; b++)
            {
                this.ReadBlock(plane, b, block);
                block.CopyTo(before);
                Forward(block);
                for (int k = 0; k < 64; k++)
                {
                    float q = this.table[k], centre = this.indices[(b * 64) + k] * q;
                    block[k] = Math.Clamp(block[k], centre - (0.5f * q), centre + (0.5f * q));
                }

                Inverse(block);
                int bx = (b % this.blocksAcross) * 8, by = (b / this.blocksAcross) * 8;
                for (int y = 0; y < 8 && by + y < this.height; y++)
                {
                    for (int x = 0; x < 8 && bx + x < this.width; x++)
                    {
                        change[((by + y) * this.width) + bx + x] = block[(y * 8) + x] - before[(y * 8) + x];
                    }
                }
            }

            for (int y = 0; y < this.fullHeight; y++)
            {
                for (int x = 0; x < this.fullWidth; x++)
                {
                    full[(y * this.fullWidth) + x] += change[((y / this.sy) * this.width) + (x / this.sx)];
                }
            }
        }

        private float[] Downsample(float[] full)
        {
            if (this.sx == 1 && this.sy == 1)
            {
                return full;
            }

            var plane = new float[this.width * this.height];
            for (int y = 0; y < this.height; y++)
            {
                for (int x = 0; x < this.width; x++)
                {
                    float sum = 0;
                    int count = 0;
                    for (int dy = 0; dy < this.sy && (y * this.sy) + dy < this.fullHeight; dy++)
                    {
                        for (int dx = 0; dx < this.sx && (x * this.sx) + dx < this.fullWidth; dx++)
                        {
                            sum += full[(((y * this.sy) + dy) * this.fullWidth) + (x * this.sx) + dx];
                            count++;
                        }
                    }

                    plane[(y * this.width) + x] = sum / count;
                }
            }

            return plane;
        }

        /// <summary>Reads a block, level-shifted by −128; past the edge it repeats the last row and column, as encoders pad.</summary>
        private void ReadBlock(float[] plane, int b, Span<float> block)
        {
            int bx = (b % this.blocksAcross) * 8, by = (b / this.blocksAcross) * 8;
            for (int y = 0; y < 8; y++)
            {
                int row = Math.Min(by + y, this.height - 1) * this.width;
                for (int x = 0; x < 8; x++)
                {
                    block[(y * 8) + x] = plane[row + Math.Min(bx + x, this.width - 1)] - 128;
                }
            }
        }

        private static void Forward(Span<float> block) => Transform(block, inverse: false);

        private static void Inverse(Span<float> block) => Transform(block, inverse: true);

        /// <summary>The separable 2-D DCT (or its inverse) of a block in place.</summary>
        private static void Transform(Span<float> block, bool inverse)
        {
            Span<float> temp = stackalloc float[64];
            for (int pass = 0; pass < 2; pass++)
            {
                // Rows, then columns: out[i][u] = Σx C[u, x]·in[i][x] (forward) or Σu C[u, x]·in[i][u] (inverse), written transposed.
                for (int i = 0; i < 8; i++)
                {
                    for (int o = 0; o < 8; o++)
                    {
                        float sum = 0;
                        for (int t = 0; t < 8; t++)
                        {
                            sum += (inverse ? Cosines[(t * 8) + o] : Cosines[(o * 8) + t]) * block[(i * 8) + t];
                        }

                        temp[(o * 8) + i] = sum;
                    }
                }

                temp.CopyTo(block);
            }
        }
    }
}
