// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using Google.Protobuf;
using PdnUpscale.Core.Models.Analysis;
using PdnUpscale.Core.Models.Import.Ncnn;
using PdnUpscale.Core.Models.Onnx.Proto;

namespace PdnUpscale.Core.Models.Import;

/// <summary>
/// Converts an ncnn model (.param + .bin) into a self-describing ONNX file: the one conversion path behind
/// <c>pdnupscale models import</c>, <c>models/fetch</c> and the tests. Models from ncnn's Real-ESRGAN,
/// Real-CUGAN and waifu2x runtimes take RGB in [0, 1], which is what is recorded.
/// </summary>
public static class ModelImporter
{
    /// <summary>Imports a model.</summary>
    /// <param name="request">What to import and how to describe it.</param>
    /// <returns>The description of the written model, with <see cref="ModelDescriptor.OnnxPath"/> set.</returns>
    /// <exception cref="NcnnImportException">The files are malformed, use unsupported layers, or do not match.</exception>
    public static ModelDescriptor Import(ModelImportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string binPath = request.BinPath ?? Path.ChangeExtension(request.ParamPath, ".bin");
        RequireFile(request.ParamPath);
        RequireFile(binPath);
        if (request.Id.Length == 0 || request.Id.IndexOfAny([.. Path.GetInvalidFileNameChars(), ' ']) >= 0)
        {
            throw new NcnnImportException(request.ParamPath, 0, $"the model id '{request.Id}' must be a non-empty file name without spaces");
        }

        NcnnNetwork network = NcnnParamReader.Read(request.ParamPath);
        ModelProto model = NcnnOnnxConverter.Convert(network, new NcnnWeightReader(binPath));
        ModelGeometry geometry = ModelGeometryAnalyzer.Analyze(network);
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
            Description = request.Description,
            Family = request.Family,
            Purpose = request.Purpose,
            DenoiseLevel = request.DenoiseLevel,
            Geometry = geometry,
            License = request.License,
            OnnxPath = Path.GetFullPath(Path.Combine(folder, request.Id + ".onnx")),
        };

        foreach (KeyValuePair<string, string> entry in ModelMetadata.ToProperties(descriptor, request.Source ?? Path.GetFileName(request.ParamPath)))
        {
            model.MetadataProps.Add(new StringStringEntryProto { Key = entry.Key, Value = entry.Value });
        }

        WriteAtomically(model, descriptor.OnnxPath);
        return descriptor;
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
