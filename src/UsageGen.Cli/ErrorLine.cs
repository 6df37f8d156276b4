using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;

namespace UsageGen.Cli
{
    /// <summary>Writes an error as the single line <c>error: …</c> on standard error, never with an access token in it.</summary>
    internal sealed class ErrorLine
    {
        private const int ShortestToken = 8;

        private readonly TextWriter error;
        private readonly string[] secrets;

        private ErrorLine(TextWriter error, string[] secrets)
        {
            this.error = error;
            this.secrets = secrets;
        }

        /// <summary>
        /// An error line that hides both tokens the command line could use: --token and the environment's. No message
        /// quotes a token on purpose; this keeps one typed as an argument or echoed by a server or runtime message out.
        /// </summary>
        public static ErrorLine For(TextWriter error, ParseResult parseResult, GlobalOptions globals, IDictionary<string, string?> environment)
        {
            // Tokens rather than GetValue: the option may be the very thing that failed to parse.
            var fromOption = parseResult.GetResult(globals.Token)?.Tokens.Select(token => token.Value) ?? Enumerable.Empty<string>();
            var fromEnvironment = environment.TryGetValue(UsageRunner.TokenVariable, out var variable) ? variable : null;

            // Shorter values are no real token, and hiding them would garble the message wherever those letters occur.
            return new ErrorLine(error, fromOption.Append(fromEnvironment).Where(secret => secret is { Length: >= ShortestToken }).Select(secret => secret!).ToArray());
        }

        public void Write(string message)
        {
            var line = message.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("\t", string.Empty, StringComparison.Ordinal);
            foreach (var secret in secrets)
            {
                line = line.Replace(secret, "***", StringComparison.Ordinal);
            }

            error.Write("error: " + line + "\n");
        }
    }
}
