// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using Microsoft.ML.OnnxRuntime;
using PdnUpscale.Core.Models.Import;
using PdnUpscale.Core.Models.Onnx.Proto;

namespace PdnUpscale.Core.Models.Analysis;

/// <summary>
/// Measures the geometry of a plain ONNX upscaler (one without PdnUpscale's metadata) by running it on the
/// CPU: the scale from the output size, the input alignment as the smallest size multiple it accepts, the
/// receptive field from where a one-pixel impulse changes the output, and tile-exactness from whether a
/// crop's output equals the same region of the whole image's output (a model with global pooling or
/// image-wide attention fails that, or its impulse reaches the whole output).
/// </summary>
internal static class OnnxGeometryProbe
{
    private const int ProbeSize = 64;
    private const int MaxProbeSize = 256;
    private const float ImpulseThreshold = 1e-6f;
    private const float TileTolerance = 1e-4f;
    private static readonly int[] Alignments = [1, 2, 4, 8, 16, 32, 64];

    /// <summary>Reads an ONNX file and checks it is one float image in, one image out.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The model, with any earlier PdnUpscale metadata removed.</returns>
    /// <exception cref="ModelImportException">The file is not a readable ONNX model of that shape.</exception>
    public static ModelProto Load(string path)
    {
        ModelProto model;
        try
        {
            using FileStream stream = File.OpenRead(path);
            model = ModelProto.Parser.ParseFrom(stream);
        }
        catch (Google.Protobuf.InvalidProtocolBufferException e)
        {
            throw new ModelImportException(path, "the file is not a readable ONNX model (it is truncated or not ONNX)", e);
        }

        GraphProto? graph = model.Graph;
        if (graph is null || graph.Node.Count == 0)
        {
            throw new ModelImportException(path, "the file is not an ONNX model (it has no graph)");
        }

        string[] inputs = graph.Input.Select(i => i.Name).Except(graph.Initializer.Select(t => t.Name)).ToArray();
        if (inputs.Length != 1 || graph.Output.Count != 1)
        {
            throw new ModelImportException(path, $"the model has {inputs.Length} inputs and {graph.Output.Count} outputs; an upscaler has one image in and one out");
        }

        TypeProto.Types.Tensor? input = graph.Input.Single(i => i.Name == inputs[0]).Type?.TensorType;
        if (input is null || input.ElemType != (int)TensorProto.Types.DataType.Float || input.Shape?.Dim.Count != 4)
        {
            string why = input?.ElemType == (int)TensorProto.Types.DataType.Float16 ? "takes half-precision (float16) input, which is not supported; export it in float32" : "does not take a 4-D float image tensor";
            throw new ModelImportException(path, "the model " + why);
        }

        foreach (StringStringEntryProto entry in model.MetadataProps.Where(p => p.Key.StartsWith("pdnupscale.", StringComparison.Ordinal)).ToList())
        {
            model.MetadataProps.Remove(entry);
        }

        return model;
    }

    /// <summary>Measures a model's geometry.</summary>
    /// <param name="path">The file, for messages.</param>
    /// <param name="model">The model, as <see cref="Load"/> returned it.</param>
    /// <returns>The geometry.</returns>
    /// <exception cref="ModelImportException">The model fails to run, or is not a fixed-factor upscaler of RGB images.</exception>
    public static ModelGeometry Measure(string path, ModelProto model)
    {
        try
        {
            using var options = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL, IntraOpNumThreads = 2 };
            using var session = new InferenceSession(Google.Protobuf.MessageExtensions.ToByteArray(model), options);
            var runner = new Runner(path, session);
            (int alignment, int scale) = FitScale(runner);
            (int radius, bool bounded) = ImpulseRadius(runner, alignment, scale);
            bool tileExact = bounded && CropsMatch(runner, alignment, scale, radius);
            return new ModelGeometry { Scale = scale, InputAlignment = alignment, ContextPadding = radius, IsTileExact = tileExact };
        }
        catch (OnnxRuntimeException e)
        {
            throw new ModelImportException(path, $"ONNX Runtime cannot run the model ({e.Message.Split('\n')[0].TrimEnd('.')})", e);
        }
    }

    private static (int Alignment, int Scale) FitScale(Runner runner)
    {
        foreach (int alignment in Alignments)
        {
            int size = alignment * (Math.Max(1, ProbeSize / 2 / alignment) | 1);
            if (runner.TryRun(Pattern(size, size, 1), size, size) is not { } output)
            {
                continue;
            }

            int scale = output.Height / size;
            if (scale < 1 || output.Height != size * scale || output.Width != size * scale)
            {
                throw new ModelImportException(runner.Path, $"a {size}×{size} input gives a {output.Width}×{output.Height} output, not a whole multiple of it, so the model is not a plain upscaler");
            }

            return (alignment, scale);
        }

        throw new ModelImportException(runner.Path, $"the model runs on no input size that is a multiple of 1 to {Alignments[^1]} (its input size may be fixed)");
    }

    // The radius, in input pixels, of the output region a centred impulse changes; unbounded when it reaches the edge.
    private static (int Radius, bool Bounded) ImpulseRadius(Runner runner, int alignment, int scale)
    {
        for (int size = ProbeSize; size <= MaxProbeSize; size *= 2)
        {
            int n = (size + alignment - 1) / alignment * alignment;
            float[] flat = Pattern(n, n, 2);
            float[] impulse = (float[])flat.Clone();
            int centre = n / 2;
            for (int c = 0; c < 3; c++)
            {
                impulse[(c * n * n) + (centre * n) + centre] += 0.25f;
            }

            Output a = runner.Run(flat, n, n);
            Output b = runner.Run(impulse, n, n);
            int reach = 0;
            bool edge = false;
            int w = a.Width;
            for (int i = 0; i < a.Values.Length; i++)
            {
                if (Math.Abs(a.Values[i] - b.Values[i]) > ImpulseThreshold)
                {
                    int x = i % w;
                    int y = i / w % a.Height;
                    edge |= x == 0 || y == 0 || x == w - 1 || y == a.Height - 1;
                    int dx = Math.Max(centre * scale - x, x - ((centre * scale) + scale - 1));
                    int dy = Math.Max(centre * scale - y, y - ((centre * scale) + scale - 1));
                    reach = Math.Max(reach, Math.Max(dx, dy));
                }
            }

            if (!edge)
            {
                return ((reach + scale - 1) / scale, true);
            }
        }

        return (MaxProbeSize / 2, false);
    }

    // The output of a crop equals the whole image's output over the crop's interior (radius away from its edges).
    private static bool CropsMatch(Runner runner, int alignment, int scale, int radius)
    {
        int inner = (Math.Max(16, 2 * radius) + alignment - 1) / alignment * alignment;
        int offset = alignment * ((radius / alignment) + 1) + (alignment == 1 ? 3 : 0);
        int crop = inner + (2 * (radius + alignment)) / alignment * alignment;
        int whole = crop + (2 * offset);
        whole = (whole + alignment - 1) / alignment * alignment;
        if (whole > MaxProbeSize * 2)
        {
            return false;
        }

        float[] image = Pattern(whole, whole, 3);
        var part = new float[3 * crop * crop];
        for (int c = 0; c < 3; c++)
        {
            for (int y = 0; y < crop; y++)
            {
                Array.Copy(image, (c * whole * whole) + ((y + offset) * whole) + offset, part, (c * crop * crop) + (y * crop), crop);
            }
        }

        Output full = runner.Run(image, whole, whole);
        Output cropped = runner.Run(part, crop, crop);
        int margin = radius * scale;
        for (int c = 0; c < 3; c++)
        {
            for (int y = margin; y < cropped.Height - margin; y++)
            {
                for (int x = margin; x < cropped.Width - margin; x++)
                {
                    float expected = full.Values[(c * full.Height * full.Width) + ((y + (offset * scale)) * full.Width) + x + (offset * scale)];
                    if (Math.Abs(expected - cropped.Values[(c * cropped.Height * cropped.Width) + (y * cropped.Width) + x]) > TileTolerance)
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    // A smooth, textured RGB image in [0.1, 0.9]: enough structure to excite every channel, deterministic.
    private static float[] Pattern(int width, int height, int seed)
    {
        var random = new Random(seed);
        var values = new float[3 * width * height];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = 0.1f + (0.8f * (float)random.NextDouble());
        }

        return values;
    }

    private readonly record struct Output(int Width, int Height, float[] Values);

    private sealed class Runner(string path, InferenceSession session)
    {
        public string Path => path;

        public Output? TryRun(float[] input, int width, int height)
        {
            try
            {
                return this.Run(input, width, height);
            }
            catch (OnnxRuntimeException)
            {
                return null;
            }
        }

        public Output Run(float[] input, int width, int height)
        {
            using OrtValue value = OrtValue.CreateTensorValueFromMemory(input, [1, 3, height, width]);
            using var runOptions = new RunOptions();
            using IDisposableReadOnlyCollection<OrtValue> outputs = session.Run(runOptions, [session.InputNames[0]], [value], [session.OutputNames[0]]);
            long[] shape = outputs[0].GetTensorTypeAndShape().Shape;
            if (shape.Length != 4 || shape[1] != 3)
            {
                throw new ModelImportException(path, $"the model's output has shape [{string.Join(", ", shape)}], not an RGB image [1, 3, H, W]");
            }

            return new Output((int)shape[3], (int)shape[2], outputs[0].GetTensorDataAsSpan<float>().ToArray());
        }
    }
}
