// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using ComputeSharp.Resources;

namespace ComputeSharp;

/// <summary>Copies between buffers and CPU memory (synchronous, as in the real package).</summary>
public static class BufferExtensions
{
    /// <summary>Reads the whole buffer back into a new array.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The buffer.</param>
    /// <returns>The elements.</returns>
    public static T[] ToArray<T>(this Buffer<T> source)
        where T : unmanaged => source.GetStorage().ToArray();

    /// <summary>Reads the buffer back into a span, from a given element on.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The buffer.</param>
    /// <param name="destination">The span to fill; its length is the element count.</param>
    /// <param name="sourceOffset">The first element to read.</param>
    public static void CopyTo<T>(this Buffer<T> source, Span<T> destination, int sourceOffset)
        where T : unmanaged => source.GetStorage().Slice(sourceOffset, destination.Length).CopyTo(destination);

    /// <summary>Reads the start of the buffer back into a span.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The buffer.</param>
    /// <param name="destination">The span to fill; its length is the element count.</param>
    public static void CopyTo<T>(this Buffer<T> source, Span<T> destination)
        where T : unmanaged => source.CopyTo(destination, 0);

    /// <summary>Uploads a span into the buffer from a given element on.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="destination">The buffer.</param>
    /// <param name="source">The elements to upload.</param>
    /// <param name="destinationOffset">The first element to write.</param>
    public static void CopyFrom<T>(this Buffer<T> destination, ReadOnlySpan<T> source, int destinationOffset)
        where T : unmanaged => source.CopyTo(destination.GetStorage().Slice(destinationOffset, source.Length));

    /// <summary>Uploads a span into the start of the buffer.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="destination">The buffer.</param>
    /// <param name="source">The elements to upload.</param>
    public static void CopyFrom<T>(this Buffer<T> destination, ReadOnlySpan<T> source)
        where T : unmanaged => destination.CopyFrom(source, 0);
}
