/** Where observations are made: observatories, telescopes, instruments and their modules, and the sky sources. */
package org.opsdb.demo.observatory;
