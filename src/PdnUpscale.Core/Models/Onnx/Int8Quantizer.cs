// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Models.Onnx.Proto;

namespace PdnUpscale.Core.Models.Onnx;

/// <summary>
/// Int8 models for the CPU: calibrates a float model's activations on images (<see cref="Calibrate"/>) and
/// builds the QDQ model ONNX Runtime runs as integer kernels (<see cref="QdqQuantizer"/>) from the float file and
/// that calibration.
/// </summary>
public static class Int8Quantizer
{
    /// <summary>The largest side of the crops calibration runs the model on (activations of 64 channels at this size fit easily in memory).</summary>
    public const int CalibrationCrop = 96;

    /// <summary>Measures the range of every activation the int8 graph quantizes, running the float model on crops of the images.</summary>
    /// <param name="model">The model; its <see cref="ModelDescriptor.OnnxPath"/> must be set.</param>
    /// <param name="images">The calibration images, opaque.</param>
    /// <param name="description">Says which images these are, for the record.</param>
    /// <returns>The calibration, without quality figures.</returns>
    public static Int8Calibration Calibrate(ModelDescriptor model, IEnumerable<Bgra32Image> images, string description)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(images);
        ModelProto proto = Load(model.OnnxPath ?? throw new ArgumentException("The model is not installed.", nameof(model)));
        PrepareFloat(proto);
        IReadOnlyList<string> tensors = QdqQuantizer.QuantizedTensors(proto.Graph);
        HashSet<string> outputs = [.. proto.Graph.Output.Select(o => o.Name)];
        foreach (string tensor in tensors.Where(t => !outputs.Contains(t)))
        {
            var type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)TensorProto.Types.DataType.Float } };
            proto.Graph.Output.Add(new ValueInfoProto { Name = tensor, Type = type });
        }

        var ranges = tensors.ToDictionary(t => t, _ => (Min: float.PositiveInfinity, Max: float.NegativeInfinity), StringComparer.Ordinal);
        using var options = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_DISABLE_ALL };
        using var session = new InferenceSession(proto.ToByteArray(), options);
        string inputName = session.InputNames[0];
        foreach (Bgra32Image image in images)
        {
            foreach (DenseTensor<float> crop in Crops(image, model))
            {
                using var results = session.Run([NamedOnnxValue.CreateFromTensor(inputName, crop)], tensors);
                foreach (var result in results)
                {
                    var (min, max) = ranges[result.Name];
                    foreach (float v in result.AsEnumerable<float>())
                    {
                        min = Math.Min(min, v);
                        max = Math.Max(max, v);
                    }

                    ranges[result.Name] = (min, max);
                }
            }
        }

        return new Int8Calibration
        {
            Activations = ranges.ToDictionary(p => p.Key, p => new[] { p.Value.Min, p.Value.Max }, StringComparer.Ordinal),
            CalibrationImages = description,
        };
    }

    /// <summary>
    /// Ranks the quantized activations by how much of int8's error each one causes: the float model and the int8
    /// model with only that tensor left in float run on the calibration crops, and the tensors whose float copy
    /// brings the output closest to the float model's come first. Calibration's measure, not the photo set's, so
    /// the choice of what to keep in float does not see the pixels the quality is measured on.
    /// </summary>
    /// <param name="model">The model; its <see cref="ModelDescriptor.OnnxPath"/> must be set.</param>
    /// <param name="images">The calibration images, opaque.</param>
    /// <param name="calibration">The calibration made for the model file on those images.</param>
    /// <returns>Every quantized tensor, most sensitive first.</returns>
    public static IReadOnlyList<string> RankBySensitivity(ModelDescriptor model, IEnumerable<Bgra32Image> images, Int8Calibration calibration)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(calibration);
        string path = model.OnnxPath ?? throw new ArgumentException("The model is not installed.", nameof(model));
        List<DenseTensor<float>> crops = [.. images.SelectMany(image => Crops(image, model))];
        ModelProto stored = Load(path), reference = stored.Clone();
        PrepareFloat(reference);
        List<float[]> expected = RunAll(reference.ToByteArray(), crops);

        var error = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (string tensor in QdqQuantizer.QuantizedTensors(reference.Graph))
        {
            ModelProto proto = stored.Clone();
            Quantize(proto, new Int8Calibration { Activations = calibration.Activations, FloatTensors = [.. calibration.FloatTensors, tensor] });
            List<float[]> actual = RunAll(proto.ToByteArray(), crops);
            error[tensor] = expected.Zip(actual, (e, a) => e.Zip(a, (x, y) => (double)(x - y) * (x - y)).Sum()).Sum();
        }

        return [.. error.OrderBy(p => p.Value).Select(p => p.Key)];
    }

    /// <summary>Builds the int8 (QDQ) model for the CPU from the float file and its calibration.</summary>
    /// <param name="onnxPath">The float model file the calibration was made for.</param>
    /// <param name="calibration">The calibration.</param>
    /// <returns>The serialized model.</returns>
    /// <exception cref="InvalidDataException">The calibration does not fit the file, or the file's constants cannot be quantized.</exception>
    public static byte[] Quantize(string onnxPath, Int8Calibration calibration)
    {
        ArgumentNullException.ThrowIfNull(calibration);
        ModelProto proto = Load(onnxPath);
        Quantize(proto, calibration);
        return proto.ToByteArray();
    }

    /// <summary>Rewrites a float model into QDQ form in place.</summary>
    /// <param name="proto">The model as the file stores it.</param>
    /// <param name="calibration">The calibration made for it.</param>
    internal static void Quantize(ModelProto proto, Int8Calibration calibration)
    {
        PrepareFloat(proto);
        var ranges = new Dictionary<string, ActivationRange>(StringComparer.Ordinal);
        foreach ((string name, float[] range) in calibration.Activations)
        {
            if (range is not [float min, float max] || !float.IsFinite(min) || !float.IsFinite(max))
            {
                throw new InvalidDataException($"The int8 calibration's range for '{name}' is not two finite numbers.");
            }

            ranges[name] = new ActivationRange(min, max);
        }

        QdqQuantizer.Apply(proto, ranges, calibration.FloatTensors);
    }

    /// <summary>Runs the model (optimized as sessions run it, one thread so results do not vary) on every crop.</summary>
    private static List<float[]> RunAll(byte[] model, List<DenseTensor<float>> crops)
    {
        using var options = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL, IntraOpNumThreads = 1 };
        using var session = new InferenceSession(model, options);
        string inputName = session.InputNames[0];
        return [.. crops.Select(crop =>
        {
            using var results = session.Run([NamedOnnxValue.CreateFromTensor(inputName, crop)]);
            return results[0].AsEnumerable<float>().ToArray();
        })];
    }

    private static ModelProto Load(string onnxPath)
    {
        using FileStream stream = File.OpenRead(onnxPath);
        return ModelProto.Parser.ParseFrom(stream);
    }

    /// <summary>The float graph the int8 one is made from (and calibrated on): PRelu in its int8 form, the same function.</summary>
    private static void PrepareFloat(ModelProto proto)
    {
        Int8PReluFolder.Rewrite(proto);
        PReluRewriter.Rewrite(proto);
    }

    /// <summary>Cuts the image into even crops of at most <see cref="CalibrationCrop"/> pixels, as model input tensors.</summary>
    private static IEnumerable<DenseTensor<float>> Crops(Bgra32Image image, ModelDescriptor model)
    {
        int columns = (image.Width + CalibrationCrop - 1) / CalibrationCrop, rows = (image.Height + CalibrationCrop - 1) / CalibrationCrop;
        int width = image.Width / columns, height = image.Height / rows;
        int inputWidth = model.Geometry.InputLengthFor(width), inputHeight = model.Geometry.InputLengthFor(height);
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                var tensor = new DenseTensor<float>([1, 3, inputHeight, inputWidth]);
                for (int y = 0; y < inputHeight; y++)
                {
                    // Mirror-free clamping is enough for ranges: every pixel is a real image pixel.
                    ReadOnlySpan<byte> row = image.GetRow(Math.Clamp((r * height) + y - model.Geometry.Border, 0, image.Height - 1));
                    for (int x = 0; x < inputWidth; x++)
                    {
                        int i = 4 * Math.Clamp((c * width) + x - model.Geometry.Border, 0, image.Width - 1);
                        for (int ch = 0; ch < 3; ch++)
                        {
                            // BGRA bytes: RGB order reads B at 2 - ch.
                            tensor[0, ch, y, x] = row[i + (model.IsBgr ? ch : 2 - ch)] * model.InputRange / 255f;
                        }
                    }
                }

                yield return tensor;
            }
        }
    }
}
