// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;

namespace PdnUpscale.Cli.Commands;

/// <summary>
/// How option values are read, for every command: the one place that turns a token into a value (each option's
/// <c>CustomParser</c> calls one of these). They never throw: a bad value becomes one sentence naming the option
/// and the command line ends with exit code 2 before any work. Numbers are read invariantly, digits and one
/// decimal point only, so <c>1,5</c> is refused rather than read as 15. Choices are kebab-case and
/// case-insensitive. Each option may be given once.
/// </summary>
internal static class OptionValues
{
    /// <summary>Reads a whole number in a range.</summary>
    /// <typeparam name="T">The integer type.</typeparam>
    /// <param name="result">The option's argument.</param>
    /// <param name="minimum">The smallest value allowed.</param>
    /// <param name="maximum">The largest value allowed.</param>
    /// <returns>The value (<paramref name="minimum"/> after an error, which stops the command).</returns>
    public static T Integer<T>(ArgumentResult result, T minimum, T maximum)
        where T : struct, IBinaryInteger<T> => Number(result, minimum < T.Zero ? NumberStyles.AllowLeadingSign : NumberStyles.None, minimum, maximum, "a whole number (digits only)");

    /// <summary>Reads a decimal number in a range.</summary>
    /// <param name="result">The option's argument.</param>
    /// <param name="minimum">The smallest value allowed.</param>
    /// <param name="maximum">The largest value allowed.</param>
    /// <returns>The value (<paramref name="minimum"/> after an error, which stops the command).</returns>
    public static double Decimal(ArgumentResult result, double minimum, double maximum)
        => Number(result, NumberStyles.AllowDecimalPoint, minimum, maximum, "a number (digits and a decimal point only)");

    /// <summary>Reads one of a few names, in any letter case.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="result">The option's argument.</param>
    /// <param name="choices">The kebab-case names and their values.</param>
    /// <returns>The value (the first choice's after an error, which stops the command).</returns>
    public static T Choice<T>(ArgumentResult result, IReadOnlyList<(string Name, T Value)> choices)
    {
        string text = Token(result);
        foreach ((string name, T value) in choices)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        result.AddError($"{OptionName(result)}: '{text}' is not one of {ChoiceNames(choices, ", ")}.");
        return choices[0].Value;
    }

    /// <summary>Gets the names of choices joined, for help text and messages.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="choices">The choices.</param>
    /// <param name="separator">What goes between names.</param>
    /// <returns>The names.</returns>
    public static string ChoiceNames<T>(IReadOnlyList<(string Name, T Value)> choices, string separator = "|")
        => string.Join(separator, choices.Select(c => c.Name));

    /// <summary>Reads a file or folder name, a model id or other text; an empty value is refused.</summary>
    /// <param name="result">The option's argument.</param>
    /// <returns>The text.</returns>
    public static string NonEmpty(ArgumentResult result)
    {
        string text = Token(result);
        if (text.Length == 0)
        {
            result.AddError($"{OptionName(result)}: an empty value names nothing.");
        }

        return text;
    }

    /// <summary>
    /// Refuses options given more than once, for a command's validator: System.CommandLine would silently keep
    /// one of the values, dropping what the user typed.
    /// </summary>
    /// <param name="result">The command's result.</param>
    public static void RefuseRepeatedOptions(CommandResult result)
    {
        foreach (Option option in result.Command.Options)
        {
            if (result.GetResult(option) is { IdentifierTokenCount: > 1 })
            {
                result.AddError($"{option.Name} is given more than once; give it once.");
                return;
            }
        }
    }

    /// <summary>
    /// Refuses empty input names and names that look like options: an unknown <c>--option</c> is a typo, not a
    /// file. A file whose name starts with a dash is given as <c>./-name</c>.
    /// </summary>
    /// <param name="result">The argument's result.</param>
    public static void RefuseOptionLikeOrEmptyNames(ArgumentResult result)
    {
        foreach (Token token in result.Tokens)
        {
            if (token.Value.Length == 0)
            {
                result.AddError($"{result.Argument.Name}: an empty name names no file or folder.");
                return;
            }

            if (token.Value.Length > 1 && token.Value[0] == '-')
            {
                result.AddError($"{token.Value}: no such option; --help lists them (give a file whose name starts with a dash as ./{token.Value}).");
                return;
            }
        }
    }

    private static T Number<T>(ArgumentResult result, NumberStyles style, T minimum, T maximum, string what)
        where T : struct, INumber<T>
    {
        string text = Token(result);
        bool parsed = T.TryParse(text, style, CultureInfo.InvariantCulture, out T value) && T.IsFinite(value);
        string unsigned = style.HasFlag(NumberStyles.AllowLeadingSign) ? text.TrimStart('-') : text;
        bool digitsOnly = unsigned.Length > 0 && unsigned.All(c => char.IsAsciiDigit(c) || (c == '.' && style.HasFlag(NumberStyles.AllowDecimalPoint)));
        if (!parsed && !digitsOnly)
        {
            result.AddError($"{OptionName(result)}: '{text}' is not {what}.");
            return minimum;
        }

        if (!parsed || value < minimum || value > maximum)
        {
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"{OptionName(result)} must be between {minimum} and {maximum}; {text} is not."));
            return minimum;
        }

        return value;
    }

    // An option given twice brings two tokens: RefuseRepeatedOptions reports that; the first stands in meanwhile.
    private static string Token(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;

    private static string OptionName(ArgumentResult result) => result.Parent is OptionResult option ? option.Option.Name : result.Argument.Name;
}
