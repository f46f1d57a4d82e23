// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using ComputeSharp;

namespace PdnUpscale.Gpu.Tests.Facade;

/// <summary>
/// The emulation behaves like ComputeSharp where it matters for trusting the shader tests: every thread runs
/// exactly once with its ids, threads past the dispatch size do not run, contexts run on dispose, and the
/// generator's structural rules reject shaders that would not compile on Windows. Only meaningful where the
/// facade is in use; on Windows the same tests exercise the real package's behaviour.
/// </summary>
public sealed partial class FacadeDispatchTests
{
    [Fact]
    public void EveryThreadRunsOnceWithItsIds()
    {
        GraphicsDevice device = GraphicsDevice.GetDefault();
        using ReadWriteBuffer<int> hits = device.AllocateReadWriteBuffer<int>(13 * 11, AllocationMode.Clear);
        device.For(13, 11, new CountShader(hits, 13));
        int[] counts = hits.ToArray();
        Assert.All(Enumerable.Range(0, counts.Length), i => Assert.Equal(i + 1, counts[i]));
    }

    [Fact]
    public void ContextRunsItsDispatchesWhenDisposed()
    {
        GraphicsDevice device = GraphicsDevice.GetDefault();
        using ReadWriteBuffer<int> hits = device.AllocateReadWriteBuffer<int>(4, AllocationMode.Clear);
        using (ComputeContext context = device.CreateComputeContext())
        {
            context.For(4, 1, new CountShader(hits, 4));
            Assert.Equal(new int[4], hits.ToArray());
        }

        Assert.Equal([1, 2, 3, 4], hits.ToArray());
    }

    [Fact]
    public void ShaderOnlyApisThrowOutsideADispatch()
    {
        using ReadWriteBuffer<int> buffer = GraphicsDevice.GetDefault().AllocateReadWriteBuffer<int>(1);
        Assert.Throws<InvalidExecutionContextException>(() => ThreadIds.X);
        Assert.Throws<InvalidExecutionContextException>(() => buffer[0]);
    }

    [Fact]
    public void ShaderWithoutThreadGroupSizeIsRejected()
    {
        using ReadWriteBuffer<int> buffer = GraphicsDevice.GetDefault().AllocateReadWriteBuffer<int>(1);
        NotSupportedException e = Assert.Throws<NotSupportedException>(() => GraphicsDevice.GetDefault().For(1, new NoGroupSizeShader(buffer)));
        Assert.Contains("CMPS0047", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultAllocationsAreNotZeroedButClearOnesAre()
    {
        GraphicsDevice device = GraphicsDevice.GetDefault();
        using ReadWriteBuffer<float> uncleared = device.AllocateReadWriteBuffer<float>(16);
        using ReadWriteBuffer<float> cleared = device.AllocateReadWriteBuffer<float>(16, AllocationMode.Clear);
        Assert.DoesNotContain(0f, uncleared.ToArray());
        Assert.Equal(new float[16], cleared.ToArray());
    }

    [Fact]
    public void MoreThan65535ThreadGroupsPerDimensionIsRefusedAsByTheRealContext()
    {
        GraphicsDevice device = GraphicsDevice.GetDefault();
        using ReadWriteBuffer<int> hits = device.AllocateReadWriteBuffer<int>(1, AllocationMode.Clear);

        // CountShader's groups are 8 × 8: 65,535 groups hold 524,280 threads per dimension.
        Assert.Throws<ArgumentOutOfRangeException>(() => device.For((65535 * 8) + 1, 1, new CountShader(hits, 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => device.For(1, (65535 * 8) + 1, new CountShader(hits, 0)));
    }

    [Fact]
    public void DependentDispatchesInOneContextNeedABarrierOnTheSharedBuffer()
    {
        GraphicsDevice device = GraphicsDevice.GetDefault();
        using ReadWriteBuffer<int> hits = device.AllocateReadWriteBuffer<int>(4, AllocationMode.Clear);
        using (ComputeContext context = device.CreateComputeContext())
        {
            context.For(4, 1, new CountShader(hits, 4));
            context.Barrier(hits);
            context.For(4, 1, new CountShader(hits, 4));
        }

        Assert.Equal([2, 4, 6, 8], hits.ToArray());
        using ComputeContext racing = device.CreateComputeContext();
        racing.For(4, 1, new CountShader(hits, 4));
        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => racing.For(4, 1, new CountShader(hits, 4)));
        Assert.Contains("Barrier", e.Message, StringComparison.Ordinal);
    }

    [ThreadGroupSize(DefaultThreadGroupSizes.XY)]
    [GeneratedComputeShaderDescriptor]
    internal readonly partial struct CountShader(ReadWriteBuffer<int> hits, int width) : IComputeShader
    {
        public void Execute()
        {
            int i = (ThreadIds.Y * width) + ThreadIds.X;
            hits[i] += i + 1;
        }
    }

    [GeneratedComputeShaderDescriptor]
    internal readonly partial struct NoGroupSizeShader(ReadWriteBuffer<int> buffer) : IComputeShader
    {
        public void Execute() => buffer[0] = 1;
    }
}
