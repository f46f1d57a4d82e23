// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using Google.Protobuf;
using PdnUpscale.Core.Models.Analysis;
using PdnUpscale.Core.Models.Import.Architectures;
using PdnUpscale.Core.Models.Import.Ncnn;
using PdnUpscale.Core.Models.Import.Weights;
using PdnUpscale.Core.Models.Onnx.Proto;

namespace PdnUpscale.Core.Models.Import;

/// <summary>
/// Converts a model into a self-describing ONNX file: the one conversion path behind
/// <c>pdnupscale models import</c>, <c>models/fetch</c> and the tests. It takes an ncnn model (.param + .bin),
/// a PyTorch checkpoint (.pth) or .safetensors file of a known architecture (rebuilt from its weights, see
/// <see cref="SuperResolutionArchitectures"/>), or a plain ONNX upscaler (measured by <see cref="OnnxGeometryProbe"/>).
/// Models from ncnn's Real-ESRGAN, Real-CUGAN and waifu2x runtimes and from the PyTorch architectures take RGB
/// in [0, 1], which is what is recorded.
/// </summary>
public static class ModelImporter
{
    /// <summary>Imports a model.</summary>
    /// <param name="request">What to import and how to describe it.</param>
    /// <returns>The description of the written model, with <see cref="ModelDescriptor.OnnxPath"/> set.</returns>
    /// <exception cref="NcnnImportException">The ncnn files are malformed, use unsupported layers, or do not match.</exception>
    /// <exception cref="ModelImportException">Another kind of model file is truncated, malformed, refers to code, or has an unknown architecture.</exception>
    public static ModelDescriptor Import(ModelImportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireFile(request.ParamPath);
        if (request.Id.Length == 0 || request.Id.IndexOfAny([.. Path.GetInvalidFileNameChars(), ' ']) >= 0)
        {
            throw new NcnnImportException(request.ParamPath, 0, $"the model id '{request.Id}' must be a non-empty file name without spaces");
        }

        (ModelProto model, ModelGeometry geometry, string recognised) = Convert(request);
        if (request.Scale is int expected && expected != geometry.Scale)
        {
            throw new NcnnImportException(request.ParamPath, 0, $"the network upscales {geometry.Scale}×, not the {expected}× requested");
        }

        if (request.AddNearestInput)
        {
            NearestInputResidual.Add(model, geometry);
        }

        string folder = request.DestinationFolder ?? ModelLocations.UserFolder;
        var descriptor = new ModelDescriptor
        {
            Id = request.Id,
            Name = request.Name ?? request.Id,
            Description = request.Description.Length > 0 ? request.Description : recognised,
            Family = request.Family,
            Purpose = request.Purpose,
            DenoiseLevel = request.DenoiseLevel,
            Geometry = geometry,
            License = request.License.Length > 0 ? request.License : UnknownLicense,
            OnnxPath = Path.GetFullPath(Path.Combine(folder, request.Id + ".onnx")),
        };

        foreach (KeyValuePair<string, string> entry in ModelMetadata.ToProperties(descriptor, request.Source ?? Path.GetFileName(request.ParamPath)))
        {
            model.MetadataProps.Add(new StringStringEntryProto { Key = entry.Key, Value = entry.Value });
        }

        WriteAtomically(model, descriptor.OnnxPath);
        return descriptor;
    }

    /// <summary>The license recorded when the request gives none, so hosts never show an empty one.</summary>
    public const string UnknownLicense = "unknown";

    /// <summary>Gets the id a model file is imported under when the user names none: its file name without the extension, spaces as dashes.</summary>
    /// <param name="file">The model file.</param>
    /// <returns>The id.</returns>
    public static string DefaultId(string file) => string.Join('-', Path.GetFileNameWithoutExtension(file).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Gets the file extensions <see cref="Import"/> takes.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".param", ".pth", ".pt", ".safetensors", ".onnx"];

    private static (ModelProto Model, ModelGeometry Geometry, string Recognised) Convert(ModelImportRequest request)
    {
        string path = request.ParamPath;
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".param":
                string binPath = request.BinPath ?? Path.ChangeExtension(path, ".bin");
                RequireFile(binPath);
                NcnnNetwork network = NcnnParamReader.Read(path);
                return (NcnnOnnxConverter.Convert(network, new NcnnWeightReader(binPath)), ModelGeometryAnalyzer.Analyze(network), string.Empty);
            case ".pth" or ".pt":
                return FromWeights(PytorchCheckpointReader.Read(path));
            case ".safetensors":
                return FromWeights(SafetensorsReader.Read(path));
            case ".onnx":
                ModelProto model = OnnxGeometryProbe.Load(path);
                return (model, OnnxGeometryProbe.Measure(path, model), string.Empty);
            default:
                throw new ModelImportException(path, $"the file type is not one the importer takes ({string.Join(", ", Extensions)})");
        }
    }

    private static (ModelProto, ModelGeometry, string) FromWeights(StateDict weights)
    {
        ImportedNetwork network = SuperResolutionArchitectures.Build(weights);
        return (network.Model, network.Geometry, network.Description);
    }

    private static void RequireFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new NcnnImportException(path, 0, "the file does not exist");
        }
    }

    // Written beside the target and moved into place, so a failure never leaves a partial model behind.
    private static void WriteAtomically(ModelProto model, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string temp = path + ".partial";
        try
        {
            using (FileStream stream = File.Create(temp))
            {
                model.WriteTo(stream);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
