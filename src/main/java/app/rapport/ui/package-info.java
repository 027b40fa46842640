/** JavaFX: one package per screen plus shared controls. */
package app.rapport.ui;
