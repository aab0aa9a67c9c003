/** What is observed and how it went: programmes, observation units, executed observations and their raw data files. */
package org.opsdb.demo.observation;
