// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Runtime.Intrinsics.X86;
using PdnUpscale.Core.Models;

namespace PdnUpscale.Core.Inference;

/// <summary>Decides whether a CPU session runs a model in int8.</summary>
public static class Int8Support
{
    /// <summary>
    /// Gets a value indicating whether the CPU has VNNI, the 8-bit dot-product instructions ONNX Runtime's
    /// integer kernels need to beat fp32: AVX-VNNI (<see cref="AvxVnni.IsSupported"/>), or AVX512-VNNI, which
    /// .NET 9 does not expose as a class: CPUID leaf 7, sub-leaf 0, ECX bit 11 — the bit ONNX Runtime's MLAS
    /// reads to pick its AVX512-VNNI kernels — counted only when <see cref="Avx512F.IsSupported"/> says the
    /// operating system keeps AVX-512 state. Without VNNI, int8 still runs (correctly, on SSE/AVX2 integer
    /// kernels) but gains little, so <see cref="InferencePrecision.Auto"/> stays fp32.
    /// </summary>
    public static bool HasVnni { get; } = DetectVnni();

    /// <summary>Resolves the requested precision for one session.</summary>
    /// <param name="requested">The precision asked for.</param>
    /// <param name="model">The model.</param>
    /// <param name="onCpu">Whether the session runs on the CPU execution provider.</param>
    /// <param name="warning">Receives one line when an explicit int8 request cannot be honoured, or null.</param>
    /// <returns>True to run the session in int8.</returns>
    public static bool UseInt8(InferencePrecision requested, ModelDescriptor model, bool onCpu, Action<string>? warning)
    {
        ArgumentNullException.ThrowIfNull(model);
        switch (requested)
        {
            case InferencePrecision.Int8 when model.Int8Calibration is null:
                warning?.Invoke($"The model '{model.Id}' has no int8 calibration (see models/README.md); running it in fp32.");
                return false;
            case InferencePrecision.Int8 when !onCpu:
                warning?.Invoke("Int8 runs on the CPU only; running fp32 on the GPU.");
                return false;
            case InferencePrecision.Int8:
                return true;
            case InferencePrecision.Auto:
                return onCpu && HasVnni && model.Int8Calibration is { WithinBound: true };
            default:
                return false;
        }
    }

    private static bool DetectVnni()
    {
        if (AvxVnni.IsSupported)
        {
            return true;
        }

        const int Avx512VnniBit = 1 << 11;
        return Avx512F.IsSupported && (X86Base.CpuId(7, 0).Ecx & Avx512VnniBit) != 0;
    }
}
