// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using Microsoft.ML.OnnxRuntime;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.RefCheck;

/// <summary>
/// Runs an ONNX upscaler over a whole image the way the ncnn reference runtimes do with one tile: mirror-pad
/// (reflect without repeating the edge pixel, as Real-ESRGAN's preproc shader folds coordinates with abs()) or,
/// with <see cref="Replicate"/>, edge-replicate (as waifu2x-ncnn-vulkan's src/waifu2x_preproc.comp clamps) by
/// <see cref="Pad"/> + <see cref="Border"/> pixels on every side and to a multiple of <see cref="Align"/> on the
/// right and bottom, infer in fp32 on the CPU, and crop the enlarged image back out. Alpha is not run through the
/// model; the output is opaque (the comparison ignores alpha).
/// </summary>
/// <remarks>
/// With <see cref="NcnnUint8"/>, output values are converted as the runtimes' postproc shaders do
/// (<c>clamp(uint(floor(v * 255 + 0.5)), 0, 255)</c>, e.g. Real-ESRGAN-ncnn-vulkan src/realesrgan_postproc.comp):
/// converting a negative float to uint is undefined in GLSL, and on llvmpipe it saturates, so values below
/// −0.5/255 come out as 255 instead of 0. Emulating that lets the comparison measure the network, not that bug.
/// </remarks>
internal sealed record WholeImageRun(int Scale, int Border, int Pad, int Align, bool Bgr, float Range, bool NcnnUint8, bool Replicate)
{
    public Bgra32Image Run(FileInfo model, Bgra32Image source)
    {
        if (!model.Exists)
        {
            throw new ToolException($"{model.FullName} does not exist.");
        }

        int margin = this.Pad + this.Border;
        int paddedWidth = RoundUp(source.Width + (2 * margin), this.Align);
        int paddedHeight = RoundUp(source.Height + (2 * margin), this.Align);
        float[] planes = this.ToPlanes(source, margin, paddedWidth, paddedHeight);

        using InferenceSession session = new(model.FullName);
        using OrtValue tensor = OrtValue.CreateTensorValueFromMemory(planes, [1, 3, paddedHeight, paddedWidth]);
        using RunOptions options = new();
        using IDisposableReadOnlyCollection<OrtValue> outputs = session.Run(
            options, [session.InputNames[0]], [tensor], [session.OutputNames[0]]);
        long[] shape = outputs[0].GetTensorTypeAndShape().Shape;
        int outWidth = (paddedWidth - (2 * this.Border)) * this.Scale;
        int outHeight = (paddedHeight - (2 * this.Border)) * this.Scale;
        if (shape.Length != 4 || shape[1] != 3 || shape[2] != outHeight || shape[3] != outWidth)
        {
            throw new ToolException(
                $"{model.Name} returned shape [{string.Join(", ", shape)}], expected [1, 3, {outHeight}, {outWidth}]; check --scale and --border.");
        }

        return this.FromPlanes(outputs[0].GetTensorDataAsSpan<float>(), outWidth, outHeight, source.Width, source.Height);
    }

    private static int RoundUp(int value, int multiple) => (value + multiple - 1) / multiple * multiple;

    /// <summary>Maps a padded coordinate into [0, size): edge replication or reflection without repeating the edge.</summary>
    private int Fold(int i, int size)
    {
        if (this.Replicate)
        {
            return Math.Clamp(i, 0, size - 1);
        }

        int period = 2 * (size - 1);
        i = Math.Abs(i) % Math.Max(period, 1);
        return i < size ? i : period - i;
    }

    private float[] ToPlanes(Bgra32Image source, int margin, int width, int height)
    {
        float[] planes = new float[3 * width * height];
        float factor = this.Range / 255f;
        for (int y = 0; y < height; y++)
        {
            Span<byte> row = source.GetRow(this.Fold(y - margin, source.Height));
            for (int x = 0; x < width; x++)
            {
                int pixel = 4 * this.Fold(x - margin, source.Width);
                for (int c = 0; c < 3; c++)
                {
                    int channel = this.Bgr ? c : 2 - c; // BGRA memory: index 0 is blue
                    planes[(((c * height) + y) * width) + x] = row[pixel + channel] * factor;
                }
            }
        }

        return planes;
    }

    private Bgra32Image FromPlanes(ReadOnlySpan<float> planes, int width, int height, int sourceWidth, int sourceHeight)
    {
        Bgra32Image result = Bgra32Image.Allocate(sourceWidth * this.Scale, sourceHeight * this.Scale);
        int offset = this.Pad * this.Scale;
        float factor = 255f / this.Range;
        for (int y = 0; y < result.Height; y++)
        {
            Span<byte> row = result.GetRow(y);
            for (int x = 0; x < result.Width; x++)
            {
                for (int c = 0; c < 3; c++)
                {
                    float value = MathF.Floor((planes[(((c * height) + y + offset) * width) + x + offset] * factor) + 0.5f);
                    row[(4 * x) + (this.Bgr ? c : 2 - c)] = this.NcnnUint8 && value < 0 ? (byte)255 : (byte)Math.Clamp(value, 0, 255);
                }

                row[(4 * x) + 3] = 255;
            }
        }

        return result;
    }
}
