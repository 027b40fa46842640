/** The command line: picocli commands over the same services as the window. */
package app.rapport.cli;
