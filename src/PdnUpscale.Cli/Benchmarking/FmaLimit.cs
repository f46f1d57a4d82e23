// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace PdnUpscale.Cli.Benchmarking;

/// <summary>
/// This machine's fp32 limit for convolution-like work, measured rather than taken from a data sheet: every thread
/// inference uses runs a loop of independent fused multiply-adds on the widest vectors this build can issue, and
/// the best of a few rounds counts 2 FLOP per lane per FMA. Clock boost, vector-width throttling and what the
/// hypervisor gives are all in the figure, which is what GFLOP/s of inference should be judged against.
/// </summary>
internal static class FmaLimit
{
    // Sixteen independent accumulators cover the FMA latency (4–5 cycles) on two FMA pipes with room to spare.
    private const int Accumulators = 16;
    private const int Rounds = 3;
    private const long IterationsPerRound = 25_000_000;

    /// <summary>Gets the vector width the measurement uses in this build, in bits, or 0 when it has no FMA (e.g. the natively compiled CLI, which targets the x86-64 baseline).</summary>
    public static int VectorBits => Avx512F.IsSupported ? 512 : Fma.IsSupported ? 256 : 0;

    /// <summary>Measures the limit.</summary>
    /// <param name="threads">The threads to run at once: inference's intra-op thread count.</param>
    /// <param name="cancellationToken">Stops the measurement between rounds.</param>
    /// <returns>The best round's GFLOP/s, or null when this build cannot issue FMA instructions (<see cref="VectorBits"/> is 0).</returns>
    public static double? MeasureGflops(int threads, CancellationToken cancellationToken)
    {
        if (VectorBits == 0)
        {
            return null;
        }

        double best = 0;
        for (int round = 0; round < Rounds; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            long start = Stopwatch.GetTimestamp();
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ => Sink(VectorBits == 512 ? Loop<Lanes512>() : Loop<Lanes256>()));
            double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            double flops = 2.0 * threads * IterationsPerRound * Accumulators * (VectorBits / 32);
            best = Math.Max(best, flops / seconds / 1e9);
        }

        return best;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Sink(float value) => GC.KeepAlive(value);

    // The accumulators are spelled out one by one: an array of vectors would go through memory.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static float Loop<TLanes>()
        where TLanes : struct, ILanes<TLanes>
    {
        TLanes m = TLanes.Create(0.999999f), a = TLanes.Create(1e-7f);
        TLanes x0 = TLanes.Create(1f), x1 = x0, x2 = x0, x3 = x0, x4 = x0, x5 = x0, x6 = x0, x7 = x0;
        TLanes x8 = x0, x9 = x0, x10 = x0, x11 = x0, x12 = x0, x13 = x0, x14 = x0, x15 = x0;
        for (long i = 0; i < IterationsPerRound; i++)
        {
            x0 = TLanes.MultiplyAdd(x0, m, a); x1 = TLanes.MultiplyAdd(x1, m, a);
            x2 = TLanes.MultiplyAdd(x2, m, a); x3 = TLanes.MultiplyAdd(x3, m, a);
            x4 = TLanes.MultiplyAdd(x4, m, a); x5 = TLanes.MultiplyAdd(x5, m, a);
            x6 = TLanes.MultiplyAdd(x6, m, a); x7 = TLanes.MultiplyAdd(x7, m, a);
            x8 = TLanes.MultiplyAdd(x8, m, a); x9 = TLanes.MultiplyAdd(x9, m, a);
            x10 = TLanes.MultiplyAdd(x10, m, a); x11 = TLanes.MultiplyAdd(x11, m, a);
            x12 = TLanes.MultiplyAdd(x12, m, a); x13 = TLanes.MultiplyAdd(x13, m, a);
            x14 = TLanes.MultiplyAdd(x14, m, a); x15 = TLanes.MultiplyAdd(x15, m, a);
        }

        return TLanes.Sum(x0) + TLanes.Sum(x1) + TLanes.Sum(x2) + TLanes.Sum(x3) + TLanes.Sum(x4) + TLanes.Sum(x5) + TLanes.Sum(x6) + TLanes.Sum(x7)
            + TLanes.Sum(x8) + TLanes.Sum(x9) + TLanes.Sum(x10) + TLanes.Sum(x11) + TLanes.Sum(x12) + TLanes.Sum(x13) + TLanes.Sum(x14) + TLanes.Sum(x15);
    }

    /// <summary>One vector width's FMA, so that the loop is written once (the runtime's own vector interface is internal).</summary>
    private interface ILanes<TSelf>
        where TSelf : struct, ILanes<TSelf>
    {
        static abstract TSelf Create(float value);

        static abstract TSelf MultiplyAdd(TSelf x, TSelf m, TSelf a);

        static abstract float Sum(TSelf x);
    }

    private readonly record struct Lanes512(Vector512<float> Value) : ILanes<Lanes512>
    {
        public static Lanes512 Create(float value) => new(Vector512.Create(value));

        public static Lanes512 MultiplyAdd(Lanes512 x, Lanes512 m, Lanes512 a) => new(Avx512F.FusedMultiplyAdd(x.Value, m.Value, a.Value));

        public static float Sum(Lanes512 x) => Vector512.Sum(x.Value);
    }

    private readonly record struct Lanes256(Vector256<float> Value) : ILanes<Lanes256>
    {
        public static Lanes256 Create(float value) => new(Vector256.Create(value));

        public static Lanes256 MultiplyAdd(Lanes256 x, Lanes256 m, Lanes256 a) => new(Fma.MultiplyAdd(x.Value, m.Value, a.Value));

        public static float Sum(Lanes256 x) => Vector256.Sum(x.Value);
    }
}
