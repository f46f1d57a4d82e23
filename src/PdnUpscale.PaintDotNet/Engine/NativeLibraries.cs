// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.ML.OnnxRuntime;

namespace PdnUpscale.PaintDotNet.Engine;

/// <summary>
/// Makes ONNX Runtime use the native libraries shipped in the plugin folder. Inside Paint.NET the process
/// directory is Paint.NET's, so onnxruntime.dll (and libSkiaSharp.dll, for PNG copies) is resolved explicitly, and the bundled DirectML.dll is loaded
/// by full path first: otherwise onnxruntime.dll's delay-load can bind an older System32\DirectML.dll and
/// fail with 887A0004 (microsoft/onnxruntime#18831, #20546). The CPU edition ships no DirectML.dll and
/// does not look for one.
/// </summary>
public static class NativeLibraries
{
    private static readonly Lock Sync = new();
    private static string? preparedFolder;

    /// <summary>Prepares the native libraries once per process; does nothing off Windows.</summary>
    /// <param name="pluginFolder">The folder holding the plugin, onnxruntime.dll and DirectML.dll.</param>
    /// <returns>A warning for the user when the GPU edition's DirectML.dll could not be loaded, otherwise null.</returns>
    public static string? Prepare(string pluginFolder)
    {
        if (!OperatingSystem.IsWindows())
        {
            return null;
        }

        lock (Sync)
        {
            if (preparedFolder is not null)
            {
                return null;
            }

            preparedFolder = pluginFolder;
            NativeLibrary.SetDllImportResolver(typeof(OrtEnv).Assembly, Resolve);
            NativeLibrary.SetDllImportResolver(typeof(SkiaSharp.SKImage).Assembly, Resolve);
#if GPU_EDITION
            string directML = Path.Combine(pluginFolder, "DirectML.dll");
            return !File.Exists(directML)
                ? $"DirectML.dll is missing from {pluginFolder}; the GPU may be unavailable."
                : NativeLibrary.TryLoad(directML, out _) ? null : $"{directML} could not be loaded; the GPU may be unavailable.";
#else
            return null;
#endif
        }
    }

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        string candidate = Path.Combine(preparedFolder!, name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? name : name + ".dll");
        return File.Exists(candidate) && NativeLibrary.TryLoad(candidate, out IntPtr handle) ? handle : IntPtr.Zero;
    }
}
