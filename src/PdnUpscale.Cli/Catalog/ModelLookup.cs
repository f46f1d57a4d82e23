// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Errors;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Models.Catalog;

namespace PdnUpscale.Cli.Catalog;

/// <summary>Turns the <c>-m</c> argument, a model id or an .onnx path, into an installed model.</summary>
internal static class ModelLookup
{
    /// <summary>Finds a model by id among the installed ones, or reads the description of an .onnx file.</summary>
    /// <param name="idOrPath">The id, or the path of an .onnx file.</param>
    /// <returns>The model, with <see cref="ModelDescriptor.OnnxPath"/> set.</returns>
    /// <exception cref="UpscaleException">No such model, not installed, or the file is not a PdnUpscale ONNX model.</exception>
    public static ModelDescriptor Resolve(string idOrPath)
    {
        if (File.Exists(idOrPath))
        {
            return ModelCatalog.TryDescribe(idOrPath)
                ?? throw new UpscaleException(UpscaleErrorKind.Model, $"{idOrPath}: the file is not a readable ONNX model with PdnUpscale metadata (import ncnn models with 'pdnupscale models import').");
        }

        if (idOrPath.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase))
        {
            throw new UpscaleException(UpscaleErrorKind.Model, $"{idOrPath}: no such model file.");
        }

        ModelDescriptor? model = ModelCatalog.LoadBundled().Discover().FirstOrDefault(m => m.Id == idOrPath);
        return model switch
        {
            null => throw new UpscaleException(UpscaleErrorKind.Model, $"{idOrPath}: no model has this id; 'pdnupscale models list' shows the ids."),
            { OnnxPath: null } => throw new UpscaleException(UpscaleErrorKind.Model, $"{idOrPath}: the model is in the catalog but not installed; run models/fetch to convert it."),
            _ => model,
        };
    }
}
