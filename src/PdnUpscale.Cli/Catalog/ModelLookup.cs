// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models;
using PdnUpscale.Core.Models.Catalog;
using PdnUpscale.Core.Pipeline;

namespace PdnUpscale.Cli.Catalog;

/// <summary>Turns the <c>-m</c> argument, a model id or a model file's path, into an installed model.</summary>
internal static class ModelLookup
{
    /// <summary>Finds a model by id among the installed ones, or describes (importing it once if needed) a model file.</summary>
    /// <param name="idOrPath">The id, or the path of an .onnx, .pth or .safetensors file.</param>
    /// <returns>The model, with <see cref="ModelDescriptor.OnnxPath"/> set.</returns>
    /// <exception cref="ModelException">No such model, not installed, or the file is not a PdnUpscale ONNX model.</exception>
    public static ModelDescriptor Resolve(string idOrPath)
    {
        if (File.Exists(idOrPath))
        {
            return ModelCatalog.DescribeOrImport(idOrPath, ModelLocations.UserFolder)
                ?? throw new ModelException($"{idOrPath}: the file is not a model file PdnUpscale reads (.onnx, .pth, .safetensors; import ncnn models with 'pdnupscale models import').");
        }

        if (idOrPath.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase))
        {
            throw new ModelException($"{idOrPath}: no such model file.");
        }

        ModelDescriptor? model = ModelCatalog.LoadBundled().Discover().FirstOrDefault(m => m.Id == idOrPath);
        return model switch
        {
            null => throw new ModelException($"{idOrPath}: no model has this id; 'pdnupscale models list' shows the ids."),
            { OnnxPath: null } => throw new ModelException($"{idOrPath}: the model is in the catalog but not installed; run models/fetch to convert it."),
            _ => model,
        };
    }
}
