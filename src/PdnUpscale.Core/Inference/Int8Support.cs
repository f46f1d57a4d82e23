// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Runtime.Intrinsics.X86;
using PdnUpscale.Core.Models;

namespace PdnUpscale.Core.Inference;

/// <summary>Decides whether a CPU session runs a model in int8.</summary>
public static class Int8Support
{
    /// <summary>
    /// Gets a value indicating whether the CPU has VNNI, the 8-bit dot-product instructions ONNX Runtime's
    /// integer kernels need to beat fp32 by a wide margin: AVX512-VNNI (CPUID leaf 7, sub-leaf 0, ECX bit 11 — the
    /// bit ONNX Runtime's MLAS reads to pick its AVX512-VNNI kernels) or AVX-VNNI (leaf 7, sub-leaf 1, EAX bit 4),
    /// with the operating system saving extended state (leaf 1, ECX bit 27, OSXSAVE).
    /// </summary>
    /// <remarks>
    /// Read with <see cref="X86Base.CpuId"/> rather than <see cref="AvxVnni.IsSupported"/>: the natively compiled
    /// CLI targets the x86-64 baseline, where every <c>IsSupported</c> above it is false, so the two builds would
    /// choose differently (.NET 9 has no class for AVX512-VNNI at all). Whether the OS enables the AVX-512 registers
    /// (XCR0) is not visible from .NET; MLAS checks it itself and falls back to its AVX2 kernels, so a wrong answer
    /// here costs speed, never correctness. Non-x86 CPUs report false (<see cref="InferencePrecision.Auto"/> stays fp32).
    /// </remarks>
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
                return onCpu && HasVnni && model.Int8Calibration is { PaysInAuto: true };
            default:
                return false;
        }
    }

    private static bool DetectVnni()
    {
        const int OsXsave = 1 << 27, Avx512Vnni = 1 << 11, AvxVnni = 1 << 4;
        if (!X86Base.IsSupported || X86Base.CpuId(0, 0).Eax < 7 || (X86Base.CpuId(1, 0).Ecx & OsXsave) == 0)
        {
            return false;
        }

        return (X86Base.CpuId(7, 0).Ecx & Avx512Vnni) != 0 || (X86Base.CpuId(7, 1).Eax & AvxVnni) != 0;
    }
}
