// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PaintDotNet.AppModel;
using PaintDotNet.Dxgi;
using PdnUpscale.Core.Models;

namespace PdnUpscale.PaintDotNet.Effect;

/// <summary>What the effect finds next to itself (models, native libraries) and asks Paint.NET for (the GPU).</summary>
internal static class PluginFolder
{
    /// <summary>Gets the folder the plugin was loaded from (Effects\PdnUpscale).</summary>
    public static string Path => System.IO.Path.GetDirectoryName(typeof(PluginFolder).Assembly.Location) ?? AppContext.BaseDirectory;

    /// <summary>Loads the bundled catalog and finds installed models in the plugin's and the user's model folders.</summary>
    /// <returns>The library.</returns>
    public static ModelLibrary LoadModels()
    {
        string folder = System.IO.Path.Combine(Path, "models");
        return ModelLibrary.Discover(System.IO.Path.Combine(folder, ModelLocations.CatalogFileName), [folder, ModelLocations.UserFolder]);
    }

    /// <summary>
    /// Gets the DXGI adapter index Paint.NET renders with,
    /// the DirectML device id that keeps inference on the same GPU. 0 (the default adapter) when Paint.NET is
    /// older than 5.1.9 (no IDxgiAdapterService2) or does not say.
    /// </summary>
    /// <param name="services">The effect's services.</param>
    /// <returns>The adapter index.</returns>
    public static int AdapterIndex(IServiceProvider services)
    {
        try
        {
            return QueryAdapterIndex(services);
        }
        catch (Exception e) when (e is TypeLoadException or MissingMethodException)
        {
            return 0;
        }
    }

    // Separate method: on Paint.NET < 5.1.9 the JIT fails here (TypeLoadException), not in the caller.
    private static int QueryAdapterIndex(IServiceProvider services)
    {
        if (services.GetService(typeof(IDxgiAdapterService2)) is not IDxgiAdapterService2 dxgi)
        {
            return 0;
        }

        using SafeDxgiAdapter adapter = dxgi.GetRenderingAdapter();
        return adapter.GetEnumAdapterIndex();
    }
}
